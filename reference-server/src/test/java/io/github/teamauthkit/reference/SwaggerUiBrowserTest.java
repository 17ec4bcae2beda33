package io.github.teamauthkit.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.teamauthkit.reference.store.Database;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code /docs} in a real headless browser (Debian's Chromium driven by Playwright, installed by {@code .ci/run}): the
 * page loads, a key pasted into Authorize is sent, and Try it out calls the server the page came from, whatever host
 * name and port it was opened with, and shows 200. Skipped when Chromium or Node.js is missing, unless
 * {@code TEAMAUTH_BROWSER=required} (as in CI).
 */
class SwaggerUiBrowserTest {

    private static final Path SCRIPT = Path.of("src/test/browser/swagger-ui-try-it-out.cjs");
    private static final Path NODE_MODULES = Path.of("../.ci/tools/node_modules");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    static Path dir;

    private static TestServer server;

    private static boolean available;

    @BeforeAll
    static void start() throws Exception {
        available = "required".equals(System.getenv("TEAMAUTH_BROWSER"))
                || Files.isExecutable(CHROMIUM) && Files.isDirectory(NODE_MODULES.resolve("playwright-core"));
        if (available) {
            server = TestServer.start(Database.embedded(dir), dir, 1000);
        }
    }

    /** Skipped test by test, so the report shows each as skipped with the reason (an aborted class shows 0 tests). */
    @BeforeEach
    void requireBrowser() {
        assumeThat(available).as("Chromium (%s) and playwright-core (npm ci --prefix .ci/tools)", CHROMIUM).isTrue();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest(name = "docs opened at {0}")
    @ValueSource(strings = {"127.0.0.1", "localhost"})
    void tryItOutWithAPastedKeyCallsThisServerAndShows200(String host) throws Exception {
        String origin = "http://" + host + ":" + server.baseUri().getPort();
        // Kept after the run (the temporary directory is not): what the page showed when it failed.
        Path screenshot = Path.of("target", "swagger-ui-" + host + ".png").toAbsolutePath();
        ProcessBuilder browser = new ProcessBuilder(List.of("node", SCRIPT.toString(), origin + "/docs/", Api.ALICE, screenshot.toString()))
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        browser.environment().put("NODE_PATH", NODE_MODULES.toAbsolutePath().normalize().toString());
        Process node = browser.start();
        node.getOutputStream().close();
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.waitFor(90, TimeUnit.SECONDS)).as("the browser run ends").isTrue();
        assertThat(node.exitValue()).as("browser run failed; screenshot at %s", screenshot).isZero();

        JsonNode result = new ObjectMapper().readTree(out);
        assertThat(URI.create(result.path("url").asText())).as(out).isEqualTo(URI.create(origin + "/v1/auth/session"));
        assertThat(result.path("authorization").asBoolean()).as("the pasted key was sent as a bearer token").isTrue();
        assertThat(result.path("status").asText()).as(out).isEqualTo("200");
        assertThat(result.path("body").asText()).as("the key's session, not the anonymous null").contains("\"team-acme\"");
    }
}
