package io.github.teamauthkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.teamauthkit.server.codegen.RepositoryCopy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI follows the spec with no hand-written edit: on a copy of the repository, an optional field added to
 * {@code Secret} is a column {@code -F} can pick and a key of {@code --json}, once the build has run.
 *
 * <p>An integration test of this module, so that it runs once this build has packaged the CLI and every module it
 * needs: the copy's build is offline, and on a machine whose Maven repository started empty it finds only what this
 * build has fetched (run earlier, among the stubs' tests, it met a plugin only this module uses, not yet fetched).
 */
class CliRegenerationIT {

    private static final String SPEC = "spec/paperspace-team-auth-api-openapi.yml";
    private static final String PAGE = """
            {"hasMore": false, "items": [{"name": "HF_TOKEN", "dtCreated": "2026-11-02T09:30:00Z",
              "dtModified": "2026-11-03T10:00:00Z", "hasDeploymentAttached": false, "rotationNote": "for the model hub"}]}
            """;

    @TempDir
    Path directory;

    @Test
    void aFieldAddedToTheSpecIsAColumnAndAJsonKey() throws Exception {
        RepositoryCopy copy = RepositoryCopy.of(directory.resolve("repository"));
        // A name the spec does not use: a user's own change (a description, a note) must not collide with the test's.
        assertThat(Files.readString(copy.resolve(SPEC))).doesNotContain("rotationNote");
        String property = "        hasDeploymentAttached:\n          type: boolean\n";
        copy.edit(SPEC, property, "        rotationNote:\n          type: string\n          description: Why the value was last replaced.\n"
                + property);
        copy.maven("-pl", "cli", "-am", "package", "-DskipTests", "-Dmaven.javadoc.skip=true").succeeded();

        HttpServer server = CannedApi.answering("/v1/teams/team-acme/secrets", PAGE);
        try {
            String url = CannedApi.baseUrl(server);
            Path jar = copy.resolve("cli/target/paperspace.jar");
            assertThat(paperspace(jar, url, "secrets", "list", "--team", "team-acme", "-F", "name", "-F", "rotationNote"))
                    .contains("ROTATION NOTE").contains("for the model hub");
            assertThat(paperspace(jar, url, "secrets", "list", "--team", "team-acme", "--json"))
                    .contains("\"rotationNote\" : \"for the model hub\"");
        } finally {
            server.stop(0);
        }
    }

    /** Runs the copy's {@code paperspace} against a URL; returns its output after checking it exited 0. */
    private String paperspace(Path jar, String url, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        command.addAll(List.of(arguments));
        Path output = Files.createTempFile(directory, "paperspace", ".out");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().putAll(java.util.Map.of("PAPERSPACE_API_URL", url, "PAPERSPACE_API_KEY", "any-key",
                "HOME", directory.toString()));
        Process process = builder.start();
        process.getOutputStream().close();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("paperspace finished").isTrue();
        String text = Files.readString(output);
        assertThat(process.exitValue()).as("exit code; output:%n%s", text).isZero();
        return text;
    }
}
