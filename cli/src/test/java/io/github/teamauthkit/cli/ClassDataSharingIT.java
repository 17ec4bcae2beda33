package io.github.teamauthkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged command starts from the class-data-sharing archive its build makes: every class {@code --version}
 * loads comes from the archive, none from the jar. picocli's own jar (Java 5 class files, which the archive cannot
 * hold) put 170 classes outside it; so would a training run that no longer reaches the commands.
 */
class ClassDataSharingIT {

    @Test
    void theVersionLoadsNoClassFromTheJar(@TempDir Path work) throws Exception {
        Path target = Path.of("target").toAbsolutePath();
        Path log = work.resolve("classes.txt");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:SharedArchiveFile=" + target.resolve("paperspace.jsa"), "-Xlog:class+load=info:file=" + log,
                "-jar", target.resolve("paperspace.jar").toString(), "--version")
                .redirectOutput(work.resolve("out.txt").toFile()).redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("--version ended").isTrue();
        assertThat(process.exitValue()).as(Files.readString(work.resolve("out.txt"))).isZero();
        List<String> loaded = Files.readAllLines(log);
        assertThat(loaded).as("picocli, from the archive").anyMatch(line -> line.contains(" picocli.CommandLine source: shared objects file"));
        assertThat(loaded).as("classes read from the jar instead of the archive").noneMatch(line -> line.contains("paperspace.jar"));
    }
}
