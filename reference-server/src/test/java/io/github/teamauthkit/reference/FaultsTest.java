package io.github.teamauthkit.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.teamauthkit.reference.fault.FaultRule;
import io.github.teamauthkit.reference.fault.FaultTarget;
import io.github.teamauthkit.reference.fault.Faults;
import io.github.teamauthkit.reference.http.ReferenceServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Each fault kind, on the wire: what a client receives (raw sockets, so nothing between hides a cut or a close) and
 * what the server's state is afterwards.
 */
class FaultsTest extends RawSocketSuite {

    private static final String SECRETS = "/teams/team-acme/secrets";

    @AfterEach
    void clearFaults() {
        server.faults().clear();
    }

    @Test
    void latencyDelaysTheAnswerAndThenAnswersIt() {
        FaultRule rule = server.faults().on("listTeamSecrets").latency(Duration.ofMillis(300));
        long start = System.nanoTime();
        Api.Reply reply = server.api().get(SECRETS, Api.ALICE);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(rule.fired()).isEqualTo(1);
    }

    @Test
    void errorAnswersHaveTheSpecsShapeAndActOnNothing() {
        Map<Function<Faults, FaultRule>, String> answers = Map.of(
                faults -> faults.on("createTeamSecret").throttle(Duration.ofSeconds(2)), "429 TOO_MANY_REQUESTS 2",
                faults -> faults.on("createTeamSecret").unavailable(Duration.ofSeconds(1)), "503 INTERNAL_SERVER_ERROR 1",
                faults -> faults.on("createTeamSecret").internalError(), "500 INTERNAL_SERVER_ERROR null");
        answers.forEach((fault, expected) -> {
            server.faults().clear();
            fault.apply(server.faults());
            Api.Reply reply = server.api().json("POST", SECRETS, Api.ALICE, "{\"name\":\"ERROR_ANSWER\",\"value\":\"v\"}");
            assertThat(reply.status() + " " + reply.code() + " " + reply.headers().firstValue("Retry-After").orElse(null))
                    .isEqualTo(expected);
            assertThat(reply.json().path("message").asText()).contains("injected fault");
        });
        server.faults().clear();
        assertThat(server.api().get(SECRETS + "/ERROR_ANSWER", Api.ALICE).status()).isEqualTo(404);
    }

    @Test
    void closeBeforeActingSendsNothingAndCreatesNothing() throws IOException {
        server.faults().on("createTeamSecret").closeBeforeActing();
        assertThat(rawCreate("CLOSED_BEFORE")).isEmpty();
        server.faults().clear();
        assertThat(server.api().get(SECRETS + "/CLOSED_BEFORE", Api.ALICE).status()).isEqualTo(404);
    }

    @Test
    void commitThenDropSendsNothingAndTheSecretExists() throws Exception {
        server.faults().on("createTeamSecret").commitThenDrop();
        try (LogCapture accessLog = LogCapture.of(ReferenceServer.ACCESS_LOG)) {
            assertThat(rawCreate("DROPPED")).isEmpty();
            // The status is the one meant; the line says it never went out.
            assertThat(accessLog.await(records -> records.stream().anyMatch(record -> record.getMessage()
                    .matches("POST /v1" + SECRETS + " 200 \\d+ms \\(fault: commit-then-drop\\)")), Duration.ofSeconds(10))).isTrue();
        }
        server.faults().clear();
        assertThat(server.api().get(SECRETS + "/DROPPED", Api.ALICE).status()).isEqualTo(200);
    }

    @Test
    void commitThenCutSendsTheHeadAndHalfTheBody() throws IOException {
        server.faults().on("createTeamSecret").commitThenCut();
        String answer = rawCreate("CUT");
        assertThat(answer).startsWith("HTTP/1.1 200 ");
        int length = Integer.parseInt(header(answer, "Content-Length"));
        String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
        assertThat(body.length()).isEqualTo(length / 2);
        server.faults().clear();
        assertThat(server.api().get(SECRETS + "/CUT", Api.ALICE).status()).isEqualTo(200);
    }

    @Test
    void aSlowBodyArrivesWholeInPiecesOverTheTimeGiven() throws IOException {
        server.api().json("POST", SECRETS, Api.ALICE, "{\"name\":\"SLOW\",\"value\":\"v\"}");
        server.faults().on("getTeamSecret").slowBody(Duration.ofMillis(500));
        long start = System.nanoTime();
        List<Integer> reads = new ArrayList<>();
        String answer;
        try (Socket socket = connect()) {
            send(socket, "GET /v1" + SECRETS + "/SLOW HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + Api.ALICE
                    + "\r\nConnection: close\r\n\r\n");
            answer = readAll(socket.getInputStream(), reads);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as(reads + answer).isGreaterThanOrEqualTo(Duration.ofMillis(500));
        assertThat(answer).startsWith("HTTP/1.1 200 ");
        String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
        assertThat(body).hasSize(Integer.parseInt(header(answer, "Content-Length"))).contains("\"name\":\"SLOW\"");
        assertThat(reads).hasSizeGreaterThan(2);
    }

    @Test
    void nextFaultsThatManyRequestsThenNone() {
        FaultRule rule = server.faults().on("listTeamSecrets").next(2).internalError();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            statuses.add(server.api().get(SECRETS, Api.ALICE).status());
        }
        assertThat(statuses).containsExactly(500, 500, 200, 200);
        assertThat(rule.fired()).isEqualTo(2);
        assertThat(rule).hasToString("listTeamSecrets, next 2: 500");
    }

    @Test
    void theSameSeedFaultsTheSameRequests() {
        String first = pattern(7);
        assertThat(pattern(7)).isEqualTo(first);
        assertThat(first).contains("5").contains("2");
        assertThat(pattern(8)).isNotEqualTo(first);
    }

    /** Which of 40 requests a half-fraction rule faults: a digit per request, 5 for faulted, 2 for answered. */
    private static String pattern(long seed) {
        server.faults().clear();
        server.faults().seed(seed).on("listTeamSecrets").fraction(0.5).internalError();
        StringBuilder pattern = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            // Another operation in between draws nothing from the rule's sequence.
            server.api().get("/teams/team-acme/users", Api.ALICE);
            pattern.append(server.api().get(SECRETS, Api.ALICE).status() / 100);
        }
        return pattern.toString();
    }

    /** Every fault kind, on every operation, every time: what a key may not do is still refused, untouched. */
    @Test
    void aFaultNeverReachesWhatTheRulesRefuse() throws IOException {
        server.api().json("POST", SECRETS, Api.ALICE, "{\"name\":\"KEPT\",\"value\":\"v\"}");
        List<Function<FaultTarget, FaultRule>> kinds = List.of(target -> target.latency(Duration.ofMillis(1)),
                target -> target.throttle(Duration.ofSeconds(1)), target -> target.unavailable(Duration.ofSeconds(1)),
                FaultTarget::internalError, FaultTarget::closeBeforeActing, FaultTarget::commitThenDrop,
                FaultTarget::commitThenCut, target -> target.slowBody(Duration.ofMillis(1)));
        for (Function<FaultTarget, FaultRule> kind : kinds) {
            server.faults().clear();
            FaultRule rule = kind.apply(server.faults().onEveryOperation());
            String create = "{\"name\":\"REFUSED\",\"value\":\"v\"}";
            List<String> answers = List.of(
                    server.api().json("POST", SECRETS, Api.BOB, create),
                    server.api().json("POST", SECRETS, Api.OLGA, create),
                    server.api().json("POST", SECRETS, null, create),
                    server.api().json("POST", SECRETS, "not-a-key", create),
                    server.api().delete(SECRETS + "/KEPT", Api.BOB),
                    server.api().get(SECRETS + "/KEPT", Api.OLGA),
                    server.api().json("PUT", "/teams/team-acme/users/user-alice", Api.BOB, "{\"isAdmin\":false}"))
                    .stream().map(reply -> reply.status() + " " + reply.code()).toList();
            assertThat(answers).as(rule.toString()).containsExactly("403 FORBIDDEN", "403 FORBIDDEN", "401 UNAUTHORIZED",
                    "401 UNAUTHORIZED", "403 FORBIDDEN", "403 FORBIDDEN", "403 FORBIDDEN");
            assertThat(rule.fired()).as(rule.toString()).isZero();
            // The rule is in force: the admin's own request meets it.
            rawCreate("ALLOWED");
            assertThat(rule.fired()).as(rule.toString()).isEqualTo(1);
        }
        server.faults().clear();
        assertThat(server.api().get(SECRETS + "/KEPT", Api.ALICE).status()).isEqualTo(200);
        assertThat(server.api().get(SECRETS + "/REFUSED", Api.ALICE).status()).isEqualTo(404);
        assertThat(server.api().get("/teams/team-acme/users", Api.ALICE).text()).contains("\"isAdmin\":true");
    }

    @Test
    void anOperationTheSpecDoesNotHaveIsRefusedWithTheOnesItHas() {
        assertThatThrownBy(() -> server.faults().on("createTeamSecert"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("createTeamSecert").hasMessageContaining("createTeamSecret, deleteTeamSecret");
    }

    private static String rawCreate(String name) throws IOException {
        String body = "{\"name\":\"" + name + "\",\"value\":\"v\"}";
        try (Socket socket = connect()) {
            send(socket, "POST /v1" + SECRETS + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + Api.ALICE
                    + "\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n" + body);
            return readAll(socket.getInputStream());
        }
    }

    private static void send(Socket socket, String request) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(request.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    private static String readAll(InputStream in, List<Integer> reads) throws IOException {
        StringBuilder text = new StringBuilder();
        byte[] buffer = new byte[8192];
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            reads.add(n);
            text.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
        }
        return text.toString();
    }

    private static String header(String answer, String name) {
        return answer.lines().takeWhile(line -> !line.isEmpty())
                .filter(line -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                .map(line -> line.substring(name.length() + 1).strip()).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + answer));
    }
}
