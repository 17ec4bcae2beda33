package io.github.teamauthkit.server.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
    private static final Set<String> NOT_COPIED = Set.of("target", ".git", "reference-data");

    @TempDir
    static Path copy;

    @BeforeAll
    static void copyRepositoryAndBuildOnce() throws Exception {
        Path root = Path.of("").toAbsolutePath().getParent();
        copyTree(root, copy);
        String first = build();
        assertThat(first).doesNotContain(SKIPPED);
    }

    @Test
    @Order(1)
    void unchangedInputsSkipGeneration() throws Exception {
        assertThat(build()).contains(SKIPPED);
    }

    @Test
    @Order(2)
    void changedTemplateRegenerates() throws Exception {
        Path template = copy.resolve("server-stubs/src/main/templates/pojo.mustache");
        Files.writeString(template, "// template-probe\n" + Files.readString(template));

        assertThat(build()).doesNotContain(SKIPPED);
        assertThat(generatedModel("Secret")).contains("// template-probe");
    }

    @Test
    @Order(3)
    void changedGeneratorConfigurationRegenerates() throws Exception {
        Path pom = copy.resolve("server-stubs/pom.xml");
        Files.writeString(pom, Files.readString(pom).replace("<interfaceOnly>true</interfaceOnly>",
                "<interfaceOnly>true</interfaceOnly><serializableModel>true</serializableModel>"));

        assertThat(build()).doesNotContain(SKIPPED);
        assertThat(generatedModel("Secret")).contains("Serializable");
    }

    @Test
    @Order(4)
    void changedSpecRegenerates() throws Exception {
        Path spec = copy.resolve("spec/paperspace-team-auth-api-openapi.yml");
        Files.writeString(spec, Files.readString(spec).replace("A secret's metadata. The value is never returned.",
                "A secret's metadata (spec-probe)."));

        assertThat(build()).doesNotContain(SKIPPED);
        assertThat(generatedModel("Secret")).contains("spec-probe");
    }

    private static String generatedModel(String name) throws IOException {
        return Files.readString(copy.resolve("server-stubs/target/generated-sources/openapi/src/gen/java/"
                + "io/github/teamauthkit/server/model/" + name + ".java"));
    }

    /** Builds the spec and the stubs up to compile, which is as far as generation needs. */
    private static String build() throws Exception {
        String mavenHome = System.getProperty("maven.home");
        assertThat(mavenHome).as("maven.home, passed by surefire").isNotBlank();
        Path log = Files.createTempFile(copy, "build", ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(mavenHome, "bin", "mvn").toString(),
                "-o", "-B", "-pl", "spec,server-stubs", "-Dexec.skip", "-DskipTests", "-Denforcer.skip", "compile"));
        Process maven = new ProcessBuilder(command).directory(copy.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!maven.waitFor(240, TimeUnit.SECONDS)) {
            maven.destroyForcibly();
            throw new AssertionError("Maven did not finish in 240 s; log: " + log);
        }
        String output = Files.readString(log);
        assertThat(maven.exitValue()).as("Maven exit code; output:%n%s", output).isZero();
        return output;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            paths.filter(p -> from.relativize(p).toString().isEmpty()
                            || Stream.of(from.relativize(p).toString().split("[/\\\\]")).noneMatch(NOT_COPIED::contains))
                    .forEach(p -> {
                        try {
                            Path target = to.resolve(from.relativize(p).toString());
                            if (Files.isDirectory(p)) {
                                Files.createDirectories(target);
                            } else {
                                Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                            }
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        }
    }
}
