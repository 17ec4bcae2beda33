package io.github.teamauthkit.server.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build regenerates exactly when an input of the generator changed: the spec, a template or the
 * generator configuration. Runs Maven (offline, on the local repository this build filled) on a copy
 * of the repository; the steps build on each other, so they run in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RegenerationTest {

    private static final String SKIPPED = "Code generation is skipped because input was unchanged";

    @TempDir
    static Path directory;
    static RepositoryCopy copy;

    @BeforeAll
    static void copyRepositoryAndBuildOnce() throws Exception {
        copy = RepositoryCopy.of(directory);
        assertThat(build()).doesNotContain(SKIPPED);
    }

    @Test
    @Order(1)
    void unchangedInputsSkipGeneration() throws Exception {
        assertThat(build()).contains(SKIPPED);
    }

    @Test
    @Order(2)
    void changedTemplateRegenerates() throws Exception {
        Path template = copy.resolve("server-stubs/src/main/templates/api.mustache");
        Files.writeString(template, "// template-probe\n" + Files.readString(template));

        assertThat(build()).doesNotContain(SKIPPED);
        assertThat(Files.readString(copy.resolve("server-stubs/target/generated-sources/openapi/src/gen/java/"
                + "io/github/teamauthkit/server/api/TeamSecretsApi.java"))).contains("// template-probe");
    }

    @Test
    @Order(3)
    void changedGeneratorConfigurationRegenerates() throws Exception {
        copy.edit("server-stubs/pom.xml", "<interfaceOnly>true</interfaceOnly>",
                "<interfaceOnly>true</interfaceOnly><serializableModel>true</serializableModel>");

        assertThat(build()).doesNotContain(SKIPPED);
        assertThat(generatedModel("Secret")).contains("Serializable");
    }

    @Test
    @Order(4)
    void changedSpecRegenerates() throws Exception {
        copy.edit("spec/paperspace-team-auth-api-openapi.yml", "A secret's metadata. The value is never returned.",
                "A secret's metadata (spec-probe).");

        assertThat(build()).doesNotContain(SKIPPED);
        assertThat(generatedModel("Secret")).contains("spec-probe");
    }

    private static String generatedModel(String name) throws IOException {
        return Files.readString(copy.resolve("server-stubs/target/generated-sources/openapi/src/gen/java/"
                + "io/github/teamauthkit/server/model/" + name + ".java"));
    }

    /** Builds the spec and the stubs up to compile, which is as far as generation needs. */
    private static String build() throws Exception {
        return copy.maven("-pl", "spec,server-stubs", "-Dexec.skip", "-DskipTests", "-Denforcer.skip", "compile").succeeded();
    }
}
