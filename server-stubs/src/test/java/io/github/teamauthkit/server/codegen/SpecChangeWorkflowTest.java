package io.github.teamauthkit.server.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workflow the README's "Changing the spec" describes, run as a user would on a copy of the
 * repository: an additive change reaches the client and the server models in one build; a breaking
 * change fails the build with the gate's message.
 */
class SpecChangeWorkflowTest {

    private static final String SPEC = "spec/paperspace-team-auth-api-openapi.yml";

    @TempDir
    Path directory;

    @Test
    void anAdditiveChangeReachesClientAndServerModels() throws Exception {
        RepositoryCopy copy = RepositoryCopy.of(directory);
        // Placed by the spec's structure (the Secret schema's properties), not by any description, which may change.
        Path spec = copy.resolve(SPEC);
        String text = Files.readString(spec);
        int properties = text.indexOf("\n      properties:\n", text.indexOf("\n    Secret:\n")) + "\n      properties:\n".length();
        Files.writeString(spec, text.substring(0, properties) + """
                        dtLastRead:
                          type: string
                          format: date-time
                          description: When the secret was last read by a deployment.
                          example: '2026-11-03T10:00:00Z'
                """ + text.substring(properties));

        String output = copy.maven("-pl", "spec,client,server-stubs", "process-classes").succeeded();

        assertThat(output).contains("Spec check passed");
        assertThat(Files.readString(copy.resolve("spec/target/spec-diff.md"))).doesNotContain("not allowed");
        assertThat(model(copy, "client", "client")).contains("public OffsetDateTime getDtLastRead()");
        assertThat(model(copy, "server-stubs", "server")).contains("public OffsetDateTime getDtLastRead()");
    }

    @Test
    void makingAnOptionalFieldRequiredFailsTheBuildNamingOperationAndField() throws Exception {
        RepositoryCopy copy = RepositoryCopy.of(directory);
        copy.edit(SPEC, """
                      description: The change to a member's admin status.
                """, """
                      description: The change to a member's admin status.
                      required: [isAdmin]
                """);
        // The spec as it stands is the released baseline's major version: the gate applies with no other edit.
        RepositoryCopy.Build build = copy.maven("-pl", "spec", "process-classes");

        assertThat(build.exitCode()).as("exit code; output:%n%s", build.output()).isNotZero();
        assertThat(build.output()).contains(copy.resolve(SPEC) + ": /paths/~1teams~1{teamId}~1users~1{userId}/put: "
                + "breaking change against paperspace-team-auth-api-openapi.v2.yml: "
                + "PUT /teams/{teamId}/users/{userId}: request body: required");
    }

    private static String model(RepositoryCopy copy, String module, String packageName) throws Exception {
        return Files.readString(copy.resolve(module + "/target/generated-sources/openapi/src/gen/java/io/github/teamauthkit/"
                + packageName + "/model/Secret.java"));
    }
}
