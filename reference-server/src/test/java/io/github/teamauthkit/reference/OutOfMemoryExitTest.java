package io.github.teamauthkit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An OutOfMemoryError ends the process with one line and status 3, whether it ends a thread or is caught and logged. */
class OutOfMemoryExitTest {

    @ParameterizedTest
    @ValueSource(strings = {"thrown", "logged"})
    void anOutOfMemoryErrorEndsTheProcess(String how) throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Victim.class.getName(), how).redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("ended").isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.exitValue()).as(output).isEqualTo(OutOfMemoryExit.STATUS);
        assertThat(output).contains("reference-server: out of memory (in thread victim)").doesNotContain("\tat ");
    }

    /** A process set up as the server sets itself up, whose one thread meets an OutOfMemoryError and then waits. */
    static final class Victim {
        public static void main(String[] args) throws Exception {
            Logging.configure();
            Thread victim = new Thread(() -> {
                OutOfMemoryError error = new OutOfMemoryError("Java heap space");
                if (args[0].equals("thrown")) {
                    throw error;
                }
                // As XNIO's accept loop does: catch, log, carry on.
                Logger.getLogger("org.xnio.nio").log(Level.SEVERE, "Exception accepting request", error);
            }, "victim");
            victim.start();
            victim.join();
            Thread.sleep(30_000);
            System.exit(0);
        }
    }
}
