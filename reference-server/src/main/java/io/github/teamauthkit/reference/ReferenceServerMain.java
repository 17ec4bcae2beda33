package io.github.teamauthkit.reference;

import io.github.teamauthkit.reference.admin.AdminCommand;
import io.github.teamauthkit.reference.fault.FaultProfile;
import io.github.teamauthkit.reference.http.PemTls;
import io.github.teamauthkit.reference.http.ReferenceServer;
import io.github.teamauthkit.reference.security.AuthFailurePolicy;
import io.github.teamauthkit.reference.store.Database;
import io.github.teamauthkit.reference.store.DemoTeam;
import io.github.teamauthkit.reference.store.Seed;
import java.io.IOException;
import java.net.BindException;
import java.nio.file.NoSuchFileException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import javax.net.ssl.SSLContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code java -jar reference-server.jar [options]}: runs the server until SIGTERM or SIGINT. */
@Command(name = "reference-server", mixinStandardHelpOptions = true, version = "teamauth reference server",
        description = "A local Team & Auth API on an embedded database (or PostgreSQL).",
        subcommands = AdminCommand.class)
public final class ReferenceServerMain implements Callable<Integer> {

    private static final System.Logger LOG = System.getLogger(ReferenceServerMain.class.getName());

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "8080", description = "Port; 0 for any free port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--seed", paramLabel = "FILE.json", description = "Upsert teams, members and API keys from a fixture.")
    Path seed;

    @Option(names = "--tls-cert", paramLabel = "PEM", description = "Certificate chain for HTTPS.")
    Path tlsCert;

    @Option(names = "--tls-key", paramLabel = "PEM", description = "PKCS#8 private key for HTTPS.")
    Path tlsKey;

    @Option(names = "--auth-failure-limit", defaultValue = "20",
            description = "Failed authentications allowed per client address per minute before 429 (default: ${DEFAULT-VALUE}).")
    int authFailureLimit;

    @Option(names = "--trusted-proxy", paramLabel = "IP",
            description = "A proxy in front of this server (repeatable): for requests from it, X-Forwarded-For names the "
                    + "client address the auth-failure limit counts against (otherwise the header is ignored).")
    List<String> trustedProxies = new ArrayList<>();

    @Option(names = "--warm-up", paramLabel = "SECONDS", defaultValue = "0",
            description = "Before listening, run the API's common requests on a throwaway in-memory server for this long, "
                    + "so the first clients meet compiled code (default: ${DEFAULT-VALUE}, none).")
    int warmUpSeconds;

    @Option(names = "--faults", paramLabel = "FILE.json",
            description = "Break requests on purpose, as a JSON fault profile says (latency, 429/500/503, connections closed "
                    + "before or after acting, cut or slow answers), to try clients against; off unless given.")
    Path faults;

    @Option(names = "--fault-seed", paramLabel = "N",
            description = "The seed of the profile's fractions and latencies (default: the profile's \"seed\", else random); "
                    + "the same seed faults the same requests.")
    Long faultSeed;

    @Mixin
    StorageOptions storage;

    /**
     * Runs the command line.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        Logging.configure();
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new ReferenceServerMain())
                .setExecutionExceptionHandler((e, line, parsed) -> {
                    line.getErr().println("reference-server: " + describe(e));
                    return 1;
                });
    }

    /** One line for the operator: what failed, without a stack trace. */
    static String describe(Exception e) {
        if (e instanceof NoSuchFileException missing) {
            return "no such file: " + missing.getFile();
        }
        if (e instanceof BindException || e.getCause() instanceof BindException) {
            return "cannot listen on the address and port given (in use, or not this machine's): " + e.getMessage();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--port must be 0 to 65535, not " + port);
        }
        if (warmUpSeconds < 0) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--warm-up must be 0 or more seconds, not " + warmUpSeconds);
        }
        if (faultSeed != null && faults == null) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--fault-seed goes with --faults");
        }
        if ((tlsCert == null) != (tlsKey == null)) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--tls-cert and --tls-key go together");
        }
        SSLContext tls = tlsCert == null ? null : PemTls.sslContext(tlsCert, tlsKey);
        // Before anything is printed: a supervisor may signal the moment it reads the ready line, and a signal that
        // arrives before the handler takes the JVM's default path (exit 143).
        CountDownLatch stop = StopSignals.install();
        Clock clock = Clock.systemUTC();
        Database database = storage.open();
        Optional<String> demoKey = Optional.empty();
        if (seed != null) {
            Seed.apply(database, seed, clock);
        } else {
            demoKey = DemoTeam.createIfEmpty(database, clock);
        }
        if (warmUpSeconds > 0) {
            Map<String, Long> answered = WarmUp.run(Duration.ofSeconds(warmUpSeconds), clock);
            LOG.log(Level.INFO, () -> "Warmed up for " + warmUpSeconds + " s: " + answered.values().stream().mapToLong(Long::longValue).sum()
                    + " requests answered");
        }
        ReferenceServer server = ReferenceServer.start(host, port, tls, database, storage.cipher(database),
                new AuthFailurePolicy(authFailureLimit, Set.copyOf(trustedProxies)), clock);
        if (faults != null) {
            applyFaults(server);
        }
        demoKey.ifPresent(key -> printDemo(server, key));
        System.out.println("Listening on " + server.baseUri());
        System.out.flush();
        stop.await();
        server.close();
        database.close();
        return 0;
    }

    /** Loud on purpose: a server that breaks requests must not be mistaken for one that does not. */
    private void applyFaults(ReferenceServer server) throws IOException {
        long seed;
        try {
            seed = FaultProfile.apply(faults, server.faults(), faultSeed == null ? OptionalLong.empty() : OptionalLong.of(faultSeed));
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        StringBuilder banner = new StringBuilder("FAULTS ON: this server breaks requests on purpose, as " + faults
                + " says (seed " + seed + "; --fault-seed " + seed + " repeats them):");
        server.faults().rules().forEach(rule -> banner.append(System.lineSeparator()).append("  ").append(rule));
        LOG.log(Level.WARNING, banner::toString);
        System.out.println(banner);
    }

    private static void printDemo(ReferenceServer server, String key) {
        System.out.println("Created demo team " + DemoTeam.TEAM_ID + " with one admin. Its API key, shown only this once:");
        System.out.println("  " + key);
        System.out.println("Try: curl -H 'Authorization: Bearer " + key + "' " + server.baseUri() + "/teams/"
                + DemoTeam.TEAM_ID + "/users");
    }
}
