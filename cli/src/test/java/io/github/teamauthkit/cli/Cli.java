package io.github.teamauthkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.teamauthkit.reference.fault.Faults;
import io.github.teamauthkit.reference.http.ReferenceServer;
import io.github.teamauthkit.reference.security.AuthFailurePolicy;
import io.github.teamauthkit.reference.security.SecretCipher;
import io.github.teamauthkit.reference.store.Database;
import io.github.teamauthkit.reference.store.Seed;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code paperspace} as its own process, as users do, with a temporary HOME, against the
 * reference server started in this JVM or against another server.
 */
final class Cli implements AutoCloseable {

    static final String ALICE = "acme-alice-key-0001";
    static final String BOB = "acme-bob-key-0001";

    /** What one run printed and returned. */
    record Run(int exitCode, String out, String err) {
    }

    private final Database database;
    private final ReferenceServer server;
    private final String apiUrl;
    private final Path home;

    /** Against a reference server started here, seeded with its test fixture. */
    Cli(Path work) throws Exception {
        Path data = Files.createDirectories(work.resolve("server"));
        database = Database.embedded(data);
        Seed.apply(database, fixture(work), Clock.systemUTC());
        server = ReferenceServer.start("127.0.0.1", 0, null, database, SecretCipher.fromKeyFile(data.resolve("master.key")),
                AuthFailurePolicy.limit(1000), Clock.systemUTC());
        apiUrl = server.baseUri().toString();
        home = Files.createDirectories(work.resolve("home"));
    }

    /** Against a server running elsewhere. */
    Cli(Path work, String apiUrl) throws IOException {
        database = null;
        server = null;
        this.apiUrl = apiUrl;
        home = Files.createDirectories(work.resolve("home"));
    }

    /** The reference server's fixture, copied out of its test-jar (a resource in a jar is no file). */
    private static Path fixture(Path work) throws IOException {
        try (InputStream in = Cli.class.getResourceAsStream("/fixture.json")) {
            Path fixture = work.resolve("fixture.json");
            Files.copy(Objects.requireNonNull(in, "fixture.json from the reference server's test-jar"), fixture);
            return fixture;
        }
    }

    /** The in-process server's fault plan. */
    Faults faults() {
        return server.faults();
    }

    Path home() {
        return home;
    }

    String apiUrl() {
        return apiUrl;
    }

    /** Runs the command with PAPERSPACE_API_URL set to the server and no key in the environment. */
    Run run(String stdin, String... arguments) throws Exception {
        return runWith(Map.of("PAPERSPACE_API_URL", apiUrl()), stdin, arguments);
    }

    /** Runs the command with these bytes, not necessarily UTF-8, on standard input. */
    Run runBytes(byte[] stdin, String... arguments) throws Exception {
        return runRaw(Map.of("PAPERSPACE_API_URL", apiUrl()), stdin, arguments);
    }

    Run runWith(Map<String, String> environment, String stdin, String... arguments) throws Exception {
        return runRaw(environment, (stdin == null ? "" : stdin).getBytes(StandardCharsets.UTF_8), arguments);
    }

    /**
     * Runs the command with a limit on the size of any file it writes ({@code prlimit}, util-linux): the JVM ignores
     * SIGXFSZ, so a write past the limit fails half way, as on a full disk.
     */
    Run runWithFileSizeLimit(long bytes, String stdin, String... arguments) throws Exception {
        return runRaw(List.of("prlimit", "--fsize=" + bytes), Map.of("PAPERSPACE_API_URL", apiUrl()),
                stdin.getBytes(StandardCharsets.UTF_8), arguments);
    }

    private Run runRaw(Map<String, String> environment, byte[] stdin, String... arguments) throws Exception {
        return runRaw(List.of(), environment, stdin, arguments);
    }

    private Run runRaw(List<String> prefix, Map<String, String> environment, byte[] stdin, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                PaperspaceMain.class.getName()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("PAPERSPACE_API_KEY");
        builder.environment().remove("PAPERSPACE_API_URL");
        builder.environment().put("HOME", home.toString());
        builder.environment().putAll(environment);
        Path out = Files.createTempFile(home.getParent(), "out", ".txt");
        Path err = Files.createTempFile(home.getParent(), "err", ".txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        process.getOutputStream().write(stdin);
        process.getOutputStream().close();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("paperspace " + String.join(" ", arguments) + " did not finish in 60 s");
        }
        Run run = new Run(process.exitValue(), Files.readString(out), Files.readString(err));
        for (String secret : List.of(ALICE, BOB)) {
            assertThat(run.out() + run.err()).as("output of %s", List.of(arguments)).doesNotContain(secret);
        }
        return run;
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
            database.close();
        }
    }
}
