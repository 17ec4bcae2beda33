package io.github.teamauthkit.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Stoplight Prism ({@code prism mock}) serving a spec on loopback: an independent mock, validating
 * each request against that spec and answering its examples. Found through {@code PRISM_BIN}, then
 * {@code .ci/tools} (where {@code .ci/run} installs the pinned version), then {@code PATH}. Without
 * Prism the test is skipped, unless {@code TEAMAUTH_INTEROP=required} (as in CI) makes that a failure.
 */
final class PrismMock implements AutoCloseable {

    private final Process process;
    private final String baseUrl;

    private PrismMock(Process process, String baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    static PrismMock start(Path spec) throws Exception {
        Path prism = find().orElse(null);
        if (prism == null) {
            String message = "Stoplight Prism not found: set PRISM_BIN, or `npm ci --prefix .ci/tools` (see .ci/run)";
            if ("required".equals(System.getenv("TEAMAUTH_INTEROP"))) {
                throw new AssertionError(message);
            }
            Assumptions.abort(message);
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        Process process = new ProcessBuilder(prism.toString(), "mock", "-h", "127.0.0.1", "-p", String.valueOf(port), spec.toString())
                .redirectErrorStream(true).start();
        CompletableFuture<Boolean> listening = CompletableFuture.supplyAsync(() -> awaitListening(process));
        if (!listening.get(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Prism exited before it listened");
        }
        return new PrismMock(process, "http://127.0.0.1:" + port);
    }

    /** Reads Prism's output until it says it listens; keeps draining it afterwards so Prism never blocks. */
    private static boolean awaitListening(Process process) {
        BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.contains("Prism is listening")) {
                    Thread drain = new Thread(() -> lines.lines().forEach(ignored -> { }), "prism-output");
                    drain.setDaemon(true);
                    drain.start();
                    return true;
                }
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }

    private static Optional<Path> find() {
        Stream<Path> candidates = Stream.of(
                Optional.ofNullable(System.getenv("PRISM_BIN")).map(Path::of).stream(),
                Stream.of(Path.of("..", ".ci", "tools", "node_modules", ".bin", "prism")),
                Stream.of(System.getenv().getOrDefault("PATH", "").split(":")).filter(dir -> !dir.isEmpty())
                        .map(dir -> Path.of(dir, "prism")))
                .flatMap(s -> s);
        return candidates.filter(Files::isExecutable).findFirst().map(Path::toAbsolutePath);
    }

    String baseUrl() {
        return baseUrl;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
