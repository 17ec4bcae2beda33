package io.github.teamauthkit.cli;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The training run behind {@code target/paperspace.jsa} (run by the build at {@code package}): the packaged command
 * lists the secrets of a canned server on loopback, so the archive holds every class a list loads, the response's
 * parsing and printing included, and writes the archive as it exits. Arguments: the jar, the archive to write.
 */
public final class ClassDataSharingTraining {

    /** The JVM flags of {@code ./paperspace}; a dynamic archive is used only under the flags it was made with. */
    static final List<String> LAUNCHER_FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData",
            "-XX:CICompilerCount=1", "-Xlog:disable");
    private static final String PAGE = """
            {"hasMore": false, "items": [{"name": "HF_TOKEN", "dtCreated": "2026-01-02T03:04:05.678Z",
             "dtModified": "2026-01-02T03:04:05.678Z", "hasDeploymentAttached": false}]}""";

    private ClassDataSharingTraining() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        HttpServer server = cannedServer();
        try {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:ArchiveClassesAtExit=" + args[1]));
            command.addAll(LAUNCHER_FLAGS);
            command.add("-jar");
            command.add(args[0]);
            command.addAll(listArguments(server));
            ProcessBuilder training = new ProcessBuilder(command).inheritIO();
            training.environment().put("HOME", Path.of(args[1]).toAbsolutePath().getParent().toString());
            Process process = training.start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("the class-data-sharing training run did not end in 120 s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("the class-data-sharing training run ended with " + process.exitValue());
            }
        } finally {
            server.stop(0);
        }
    }

    /** A server on loopback answering the list of team {@code training}'s secrets with one secret. */
    static HttpServer cannedServer() throws IOException {
        return CannedApi.answering("/v1/teams/training/secrets", PAGE);
    }

    /** The command line of the training run, listing the canned server's secrets. */
    static List<String> listArguments(HttpServer server) {
        return List.of("secrets", "list", "--team", "training", "--api-url", CannedApi.baseUrl(server),
                "--api-key", "class-data-sharing-training");
    }
}
