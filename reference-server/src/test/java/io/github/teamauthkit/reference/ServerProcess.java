package io.github.teamauthkit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The reference server as its own operating-system process, started the way users start it
 * (the main class on this test's class path), for what only a real process shows: its output,
 * signals, and a {@code kill -9}.
 */
final class ServerProcess implements AutoCloseable {

    private static final long START_SECONDS = 60;

    private final Process process;
    private final List<String> stdout = new ArrayList<>();
    private final Path stderr;
    private URI baseUri;

    private ServerProcess(Process process, Path stderr) {
        this.process = process;
        this.stderr = stderr;
    }

    /** Starts the server and waits for its {@code Listening on} line. */
    static ServerProcess start(Path workDir, String... arguments) throws Exception {
        ServerProcess server = launch(workDir, arguments);
        server.awaitListening();
        return server;
    }

    /** Starts the command and returns at once; for commands that do not serve. */
    static ServerProcess launch(Path workDir, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ReferenceServerMain.class.getName()));
        command.addAll(List.of(arguments));
        Path stderr = Files.createTempFile(workDir, "server", ".err");
        Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectError(stderr.toFile()).start();
        return new ServerProcess(process, stderr);
    }

    private void awaitListening() throws Exception {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // The process ended; whatever it printed is already queued.
            }
        }, "server-stdout");
        reader.setDaemon(true);
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_SECONDS);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(200, TimeUnit.MILLISECONDS);
            if (line != null) {
                synchronized (stdout) {
                    stdout.add(line);
                }
                if (line.startsWith("Listening on ")) {
                    baseUri = URI.create(line.substring("Listening on ".length()));
                    return;
                }
            } else if (!process.isAlive()) {
                break;
            }
        }
        process.destroyForcibly();
        throw new AssertionError("no 'Listening on' line within " + START_SECONDS + " s; stdout " + stdout + "; stderr:\n" + stderr());
    }

    URI baseUri() {
        return baseUri;
    }

    /** The operating system's process id, for tools such as {@code prlimit}. */
    long pid() {
        return process.pid();
    }

    Api api() {
        return new Api(baseUri);
    }

    List<String> stdoutSoFar() {
        synchronized (stdout) {
            return List.copyOf(stdout);
        }
    }

    String stderr() throws IOException {
        return Files.readString(stderr);
    }

    /** Waits for the process to end by itself; returns its exit code. */
    int waitForExit() throws InterruptedException {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the process did not end within 60 s");
        }
        return process.exitValue();
    }

    /** SIGTERM, then waits for the exit code. */
    int terminate() throws InterruptedException {
        process.destroy();
        return waitForExit();
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
