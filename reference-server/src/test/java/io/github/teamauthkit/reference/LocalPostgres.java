package io.github.teamauthkit.reference;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for the tests, started once per JVM from the machine's PostgreSQL
 * binaries (Debian's {@code postgresql} package; {@code .ci/run} installs it) in a temporary
 * directory, on a free loopback port. Each caller gets a database of its own. Without the binaries
 * the tests are skipped, saying how to get them, as on a fresh machine with only a JDK; in CI they are
 * required ({@code .ci/run} installs them, and fails a build that skipped any test).
 */
final class LocalPostgres {

    static final String USER = "teamauth";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static LocalPostgres instance;

    private final int port;

    private LocalPostgres(int port) {
        this.port = port;
    }

    static synchronized LocalPostgres get() throws Exception {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    /** Creates an empty database and returns its JDBC URL. */
    String newDatabase() throws SQLException {
        String name = "teamauth_" + DATABASES.incrementAndGet();
        try (Connection admin = DriverManager.getConnection(url("postgres"), USER, "")) {
            admin.createStatement().execute("CREATE DATABASE " + name);
        }
        return url(name);
    }

    private String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    private static LocalPostgres start() throws Exception {
        Optional<Path> binaries = binaries();
        assumeThat(binaries).as("PostgreSQL server binaries (initdb, postgres) under /usr/lib/postgresql/*/bin or on PATH: "
                + "install them (Debian: apt-get install postgresql; .ci/run does) or set -Dteamauth.postgres.bin=DIR").isPresent();
        Path bin = binaries.orElseThrow();
        Path dir = Files.createTempDirectory("teamauth-postgres");
        List<String> asOwner = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            // PostgreSQL refuses to run as root: run it as the package's own user.
            run(List.of("chown", "postgres", dir.toString()));
            asOwner.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        Path data = dir.resolve("data");
        List<String> initdb = new ArrayList<>(asOwner);
        initdb.addAll(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", USER, "--auth=trust",
                "-E", "UTF8", "--no-sync"));
        run(initdb);
        int port = freePort();
        List<String> postgres = new ArrayList<>(asOwner);
        postgres.addAll(List.of(bin.resolve("postgres").toString(), "-D", data.toString(), "-p", String.valueOf(port),
                "-k", dir.toString(), "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "max_connections=200"));
        Process server = new ProcessBuilder(postgres).redirectErrorStream(true).redirectOutput(dir.resolve("log").toFile()).start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, dir)));
        LocalPostgres local = new LocalPostgres(port);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try (Connection ignored = DriverManager.getConnection(local.url("postgres"), USER, "")) {
                return local;
            } catch (SQLException notYet) {
                if (System.nanoTime() > deadline || !server.isAlive()) {
                    server.destroyForcibly();
                    throw new IllegalStateException("PostgreSQL did not start; log: " + Files.readString(dir.resolve("log")));
                }
                Thread.sleep(100);
            }
        }
    }

    private static Optional<Path> binaries() throws IOException {
        String configured = System.getProperty("teamauth.postgres.bin");
        if (configured != null) {
            return Optional.of(Path.of(configured));
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                Optional<Path> newest = versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                        .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString().replaceAll("\\D", "0"))));
                if (newest.isPresent()) {
                    return newest;
                }
            }
        }
        return Stream.of(System.getenv("PATH").split(":")).map(Path::of)
                .filter(p -> Files.isExecutable(p.resolve("initdb")) && Files.isExecutable(p.resolve("postgres"))).findFirst();
    }

    private static void run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }

    private static void stop(Process server, Path dir) {
        server.destroy();
        try {
            server.waitFor(10, TimeUnit.SECONDS);
            server.destroyForcibly();
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // A leftover temporary directory is not worth failing the build for.
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
