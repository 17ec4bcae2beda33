import io.undertow.Undertow;
import io.undertow.util.Headers;
import java.nio.charset.StandardCharsets;

/**
 * The baseline for the reference server's throughput: the same HTTP engine (Undertow) answering
 * {@code GET /v1/teams/{id}/secrets} with a canned body after the same bearer check, with no
 * framework, database or access rules. Run with the reference server's jar on the class path:
 * {@code java -cp reference-server/target/reference-server.jar benchmarks/CannedSecretsServer.java PORT BODY KEY}.
 */
public final class CannedSecretsServer {

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        byte[] body = args[1].getBytes(StandardCharsets.UTF_8);
        String expected = "Bearer " + args[2];
        Undertow.builder().addHttpListener(port, "127.0.0.1").setHandler(exchange -> {
            if (!expected.equals(exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION))) {
                exchange.setStatusCode(401);
                exchange.endExchange();
                return;
            }
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
            exchange.getResponseSender().send(java.nio.ByteBuffer.wrap(body));
        }).build().start();
        System.out.println("Listening on http://127.0.0.1:" + port + "/v1");
    }
}
