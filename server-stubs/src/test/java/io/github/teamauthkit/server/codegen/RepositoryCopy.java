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

/**
 * A copy of this repository (without build output) that tests change and build with Maven, offline,
 * on the local repository this build filled. Maven's own home comes from surefire (or failsafe). Public for the
 * CLI's regeneration test, which takes it from this module's test jar.
 */
public final class RepositoryCopy {

    /** Build output, history, data and the CI's npm tools (tens of MB no Maven build of the copy reads). */
    private static final Set<String> NOT_COPIED = Set.of("target", ".git", "reference-data", "node_modules");
    /**
     * A bound on one build, for a hung one: the tests wait for Maven to exit. Generous, since a build on 2 busy cores
     * takes minutes where it takes seconds on a quiet machine.
     */
    private static final long TIMEOUT_SECONDS = 900;

    private final Path root;

    private RepositoryCopy(Path root) {
        this.root = root;
    }

    /** Copies the repository this module belongs to into {@code target}. */
    public static RepositoryCopy of(Path target) throws IOException {
        Path repository = Path.of("").toAbsolutePath().getParent();
        try (Stream<Path> paths = Files.walk(repository)) {
            paths.filter(p -> Stream.of(repository.relativize(p).toString().split("[/\\\\]")).noneMatch(NOT_COPIED::contains))
                    .forEach(p -> copy(p, target.resolve(repository.relativize(p).toString())));
        }
        return new RepositoryCopy(target);
    }

    public Path resolve(String path) {
        return root.resolve(path);
    }

    /** Replaces text in a file of the copy, failing when the text is not there. */
    public void edit(String path, String text, String replacement) throws IOException {
        Path file = resolve(path);
        String content = Files.readString(file);
        assertThat(content).as("text to replace in %s", path).contains(text);
        Files.writeString(file, content.replace(text, replacement));
    }

    /** Runs Maven in the copy; returns its exit code and output. */
    public Build maven(String... arguments) throws Exception {
        String mavenHome = System.getProperty("maven.home");
        assertThat(mavenHome).as("maven.home, passed by surefire").isNotBlank();
        Path log = Files.createTempFile(root, "build", ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(mavenHome, "bin", "mvn").toString(), "-o", "-B"));
        command.addAll(List.of(arguments));
        Process maven = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!maven.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            maven.destroyForcibly();
            throw new AssertionError("Maven did not finish in " + TIMEOUT_SECONDS + " s; log: " + log);
        }
        return new Build(maven.exitValue(), Files.readString(log));
    }

    /** The outcome of one Maven run. */
    public record Build(int exitCode, String output) {

        /** The output, after checking that the build succeeded. */
        public String succeeded() {
            assertThat(exitCode).as("Maven exit code; output:%n%s", output).isZero();
            return output;
        }
    }

    private static void copy(Path from, Path to) {
        try {
            if (Files.isDirectory(from)) {
                Files.createDirectories(to);
            } else {
                Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
