package io.github.teamauthkit.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.sun.net.httpserver.HttpServer;
import io.github.teamauthkit.client.TeamAuthClient;
import io.github.teamauthkit.client.model.Secret;
import io.github.teamauthkit.client.model.SecretPage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The client's per-call cost against a bare {@link HttpClient} making the same request on loopback
 * to the same canned server: {@code bareRequest} (bytes only), {@code bareRequestAndParse} (plus the
 * same Jackson parsing into the generated models) and {@code client} ({@code secrets(team).list()}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ClientOverheadBenchmark {

    private static final String KEY = "ps_benchmark_key";
    private static final byte[] BODY = ("{\"hasMore\":false,\"items\":[{\"name\":\"HF_TOKEN\",\"dtCreated\":\"2026-11-02T09:30:00Z\"},"
            + "{\"name\":\"WANDB_API_KEY\",\"dtCreated\":\"2026-11-03T10:00:00Z\"}]}").getBytes(StandardCharsets.UTF_8);

    private HttpServer server;
    private ExecutorService handlers;
    private HttpClient http;
    private HttpRequest request;
    private ObjectMapper mapper;
    private TeamAuthClient client;

    @Setup(Level.Trial)
    public void start() throws IOException {
        // Without TCP_NODELAY the JDK server's replies meet delayed ACKs: 40 ms a call, whoever the client is.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        handlers = Executors.newFixedThreadPool(2);
        server.setExecutor(handlers);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, BODY.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(BODY);
            }
        });
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        request = HttpRequest.newBuilder(URI.create(base + "/teams/team-acme/secrets")).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + KEY).header("Accept", "application/json").GET().build();
        mapper = JsonMapper.builder().addModule(new JavaTimeModule()).build();
        client = TeamAuthClient.builder().apiKey(KEY).baseUrl(base).build();
    }

    @TearDown(Level.Trial)
    public void stop() {
        server.stop(0);
        // Its threads would keep the fork alive, and JMH waits for them before the next one.
        handlers.shutdownNow();
    }

    @Benchmark
    public byte[] bareRequest() throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray()).body();
    }

    @Benchmark
    public byte[] bareAsyncRequest() throws Exception {
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).get().body();
    }

    @Benchmark
    public List<Secret> bareRequestAndParse() throws Exception {
        return mapper.readValue(http.send(request, HttpResponse.BodyHandlers.ofByteArray()).body(), SecretPage.class).getItems();
    }

    @Benchmark
    public List<Secret> client() {
        return client.secrets("team-acme").list().items();
    }
}
