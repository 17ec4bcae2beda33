package io.github.teamauthkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged command starts from the class-data-sharing archive its build makes: every class {@code --version} or a
 * list loads comes from the archive, none from the jar. picocli's own jar (Java 5 class files, which the archive cannot
 * hold) put 173 classes outside it, and a training run that never got a response 143 more (Jackson's deserializers).
 */
class ClassDataSharingIT {

    @Test
    void theLauncherRunsTheJvmAsTheTrainingRunDid() throws Exception {
        String launcher = Files.readAllLines(Path.of("..", "paperspace")).stream().filter(line -> line.startsWith("exec java "))
                .findFirst().orElseThrow();
        assertThat(launcher).startsWith("exec java " + String.join(" ", ClassDataSharingTraining.LAUNCHER_FLAGS) + " $cds -jar ");
    }

    @Test
    void theVersionLoadsEveryClassFromTheArchive(@TempDir Path work) throws Exception {
        List<String> loaded = classesLoaded(work, List.of("--version"));
        assertThat(loaded).as("picocli, from the archive").anyMatch(line -> line.contains(" picocli.CommandLine source: shared objects file"));
        assertThat(loaded).as("classes read from the jar instead of the archive").noneMatch(line -> line.contains("paperspace.jar"));
    }

    @Test
    void aListLoadsEveryClassFromTheArchive(@TempDir Path work) throws Exception {
        HttpServer server = ClassDataSharingTraining.cannedServer();
        try {
            List<String> loaded = classesLoaded(work, ClassDataSharingTraining.listArguments(server));
            assertThat(loaded).as("the response's mapping, from the archive")
                    .anyMatch(line -> line.contains(" com.fasterxml.jackson.databind.deser.BeanDeserializer source: shared objects file"));
            assertThat(loaded).as("classes read from the jar instead of the archive").noneMatch(line -> line.contains("paperspace.jar"));
        } finally {
            server.stop(0);
        }
    }

    /** The class-loading log of the packaged command run with the launcher's flags and the archive. */
    private static List<String> classesLoaded(Path work, List<String> arguments) throws Exception {
        Path target = Path.of("target").toAbsolutePath();
        Path log = work.resolve("classes.txt");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        // The launcher's flags, but logging the classes loaded instead of no logging.
        ClassDataSharingTraining.LAUNCHER_FLAGS.stream().filter(flag -> !flag.startsWith("-Xlog")).forEach(command::add);
        command.addAll(List.of("-XX:SharedArchiveFile=" + target.resolve("paperspace.jsa"), "-Xlog:class+load=info:file=" + log,
                "-jar", target.resolve("paperspace.jar").toString()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(work.resolve("out.txt").toFile()).redirectErrorStream(true);
        builder.environment().put("HOME", work.toString());
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("paperspace ended").isTrue();
        assertThat(process.exitValue()).as(Files.readString(work.resolve("out.txt"))).isZero();
        return Files.readAllLines(log);
    }
}
