package io.github.teamauthkit.reference;

import static io.github.teamauthkit.reference.Api.ALICE;
import static io.github.teamauthkit.reference.Api.BOB;
import static io.github.teamauthkit.reference.Api.OLGA;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.teamauthkit.reference.Api.Reply;
import io.github.teamauthkit.reference.security.ApiKeys;
import io.github.teamauthkit.reference.store.ApiKeyStore;
import io.github.teamauthkit.reference.store.MemberRecord;
import io.github.teamauthkit.reference.store.MemberStore;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of the README's table, through HTTP against a started server; run once per database
 * engine by the subclasses.
 */
abstract class ApiRulesSuite extends StartedServerSuite {

    private static final String SECRET = "{\"name\":\"HF_TOKEN\",\"value\":\"value-that-must-not-leak\"}";


    /** Every operation under /teams/{id}, as (method, path, body) on team-acme. */
    static Stream<Arguments> teamOperations() {
        return Stream.of(
                Arguments.of("GET", "/teams/team-acme/users", null),
                Arguments.of("PUT", "/teams/team-acme/users/user-bob", "{\"isAdmin\":true}"),
                Arguments.of("DELETE", "/teams/team-acme/users/user-bob", null),
                Arguments.of("GET", "/teams/team-acme/secrets", null),
                Arguments.of("POST", "/teams/team-acme/secrets", SECRET),
                Arguments.of("GET", "/teams/team-acme/secrets/HF_TOKEN", null),
                Arguments.of("PATCH", "/teams/team-acme/secrets/HF_TOKEN", "{\"value\":\"v2\"}"),
                Arguments.of("DELETE", "/teams/team-acme/secrets/HF_TOKEN", null));
    }

    /** Operations only admins may call, with a member's key. */
    static Stream<Arguments> adminOperations() {
        return teamOperations().filter(op -> !"GET".equals(op.get()[0]));
    }

    // --- session ---

    @Test
    void sessionWithoutCredentialsIsNull() {
        Reply reply = api.get("/auth/session", null);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.text().strip()).isEqualTo("null");
    }

    @Test
    void sessionWithAKeyNamesUserAndTeam() {
        Reply reply = api.get("/auth/session", BOB);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().at("/user/id").asText()).isEqualTo("user-bob");
        assertThat(reply.json().at("/user/email").asText()).isEqualTo("bob@acme.test");
        assertThat(reply.json().at("/team/id").asText()).isEqualTo("team-acme");
        assertThat(reply.json().at("/team/namespace").asText()).isEqualTo("acme");
        assertThat(reply.json().at("/team/maxMachines").asInt()).isZero();
        assertThat(reply.json().at("/team/analyticsId").asLong()).isPositive()
                .isEqualTo(api.get("/auth/session", ALICE).json().at("/team/analyticsId").asLong());
        assertThat(reply.json().at("/user/isPasswordAuthEnabled").asBoolean()).isFalse();
        assertThat(OffsetDateTime.parse(reply.json().at("/user/dtCreated").asText())).isBeforeOrEqualTo(OffsetDateTime.now());
        assertThat(reply.json().at("/user/teamMemberships")).singleElement().satisfies(membership -> {
            assertThat(membership.at("/team/id").asText()).isEqualTo("team-acme");
            assertThat(membership.at("/team/name").asText()).isEqualTo("Acme");
            assertThat(membership.path("isAdmin").asBoolean()).isFalse();
            assertThat(membership.at("/team/dtCreated").asText()).isNotEmpty();
        });
    }

    @Test
    void legacyApiKeyHeaderIsAccepted() {
        Reply reply = Api.send(java.net.http.HttpRequest.newBuilder(server.baseUri().resolve("/v1/auth/session"))
                .header("x-api-key", OLGA).build());
        assertThat(reply.json().at("/team/id").asText()).isEqualTo("team-other");
    }

    @Test
    void sessionWithAnUnknownKeyIs401() {
        Reply reply = api.get("/auth/session", "no-such-key");
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.code()).isEqualTo("UNAUTHORIZED");
    }

    @Test
    void aRevokedKeyIs401() {
        String keyId = server.database().transaction(c -> ApiKeyStore.list(c, "team-acme")).stream()
                .filter(k -> k.userId().equals("user-bob")).findFirst().orElseThrow().id();
        server.database().transaction(c -> ApiKeyStore.revoke(c, keyId, OffsetDateTime.now()));

        assertThat(api.get("/auth/session", BOB).status()).isEqualTo(401);
        assertThat(api.get("/teams/team-acme/users", BOB).status()).isEqualTo(401);
    }

    @Test
    void aNonBearerAuthorizationIs401() {
        Reply reply = Api.send(java.net.http.HttpRequest.newBuilder(server.baseUri().resolve("/v1/auth/session"))
                .header("Authorization", "Basic " + ApiKeys.hash(ALICE)).build());
        assertThat(reply.status()).isEqualTo(401);
    }

    // --- authentication and team scope, for every team operation ---

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("teamOperations")
    void noKeyIs401(String method, String path, String body) {
        assertError(api.json(method, path, null, body), 401, "UNAUTHORIZED");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("teamOperations")
    void anUnknownKeyIs401(String method, String path, String body) {
        assertError(api.json(method, path, "acme-alice-key-0002", body), 401, "UNAUTHORIZED");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("teamOperations")
    void anotherTeamsKeyIs403(String method, String path, String body) {
        assertError(api.json(method, path, OLGA, body), 403, "FORBIDDEN");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("teamOperations")
    void anotherTeamsKeyOnATeamThatDoesNotExistIs403(String method, String path, String body) {
        assertError(api.json(method, path.replace("team-acme", "team-nowhere"), OLGA, body), 403, "FORBIDDEN");
    }

    // --- the team's namespace addresses it as its id does (Paperspace's CLI uses the namespace) ---

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("teamOperations")
    void theNamespaceAddressesTheTeamAsPaperspacesCliSendsIt(String method, String path, String body) {
        if (path.contains("/secrets/")) {
            createSecret();
        }
        Reply byNamespace = api.asPaperspaceCli(method, path.replace("/teams/team-acme", "/teams/acme"), ALICE, body);

        assertThat(byNamespace.status()).as("%s %s by namespace: %s", method, path, byNamespace.text()).isEqualTo(200);
        if (method.equals("GET")) {
            assertThat(byNamespace.json()).isEqualTo(api.get(path, ALICE).json());
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("teamOperations")
    void anotherTeamsKeyIs403ByNamespaceToo(String method, String path, String body) {
        assertError(api.json(method, path.replace("/teams/team-acme", "/teams/acme"), OLGA, body), 403, "FORBIDDEN");
        assertError(api.json(method, path.replace("/teams/team-acme", "/teams/other"), ALICE, body), 403, "FORBIDDEN");
    }

    @Test
    void whatIsWrittenByNamespaceIsReadByIdAndBack() {
        assertThat(api.json("POST", "/teams/acme/secrets", ALICE, SECRET).status()).isEqualTo(200);
        assertThat(api.get("/teams/team-acme/secrets/HF_TOKEN", ALICE).status()).isEqualTo(200);
        assertThat(api.json("PUT", "/teams/acme/users/user-bob", ALICE, "{\"isAdmin\":true}").status()).isEqualTo(200);
        assertThat(api.get("/teams/team-acme/users?role=admin", ALICE).json().findValuesAsText("id")).contains("user-bob");
        assertThat(api.delete("/teams/team-acme/secrets/HF_TOKEN", ALICE).status()).isEqualTo(200);
        assertError(api.get("/teams/acme/secrets/HF_TOKEN", ALICE), 404, "NOT_FOUND");
    }

    @Test
    void namespacesAreCaseSensitiveLikeIds() {
        assertError(api.get("/teams/ACME/secrets", ALICE), 403, "FORBIDDEN");
        assertError(api.get("/teams/Team-Acme/secrets", ALICE), 403, "FORBIDDEN");
    }

    // --- roles ---

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("adminOperations")
    void aMemberMayNotChangeAnything(String method, String path, String body) {
        createSecret();
        String target = path.replace("user-bob", "user-alice");
        assertError(api.json(method, target, BOB, body), 403, "FORBIDDEN");
    }

    @Test
    void aMemberMayReadMembersAndSecretMetadata() {
        createSecret();
        assertThat(api.get("/teams/team-acme/users", BOB).status()).isEqualTo(200);
        assertThat(api.get("/teams/team-acme/secrets", BOB).json().path("items").get(0).path("name").asText()).isEqualTo("HF_TOKEN");
        assertThat(api.get("/teams/team-acme/secrets/HF_TOKEN", BOB).status()).isEqualTo(200);
    }

    @Test
    void aMemberMayRemoveItselfAndItsKeyStopsWorkingAtOnce() {
        Reply removed = api.delete("/teams/team-acme/users/user-bob", BOB);
        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.json().path("isAdmin").asBoolean()).isFalse();
        assertThat(OffsetDateTime.parse(removed.json().path("dtDeleted").asText())).isBeforeOrEqualTo(OffsetDateTime.now());
        assertThat(api.get("/auth/session", BOB).status()).isEqualTo(401);
    }

    @Test
    void anAdminRemovesAMemberAndTheMembersKeyIsRevoked() {
        assertThat(api.delete("/teams/team-acme/users/user-bob", ALICE).status()).isEqualTo(200);
        assertThat(api.get("/teams/team-acme/users", BOB).status()).isEqualTo(401);
        assertThat(api.get("/teams/team-acme/users", ALICE).json().path("items").findValuesAsText("id")).containsExactly("user-alice");
    }

    @Test
    void demotingTheLastAdminIs409() {
        assertError(api.json("PUT", "/teams/team-acme/users/user-alice", ALICE, "{\"isAdmin\":false}"), 409, "CONFLICT");
    }

    @Test
    void removingTheLastAdminIs409EvenForItself() {
        assertError(api.delete("/teams/team-acme/users/user-alice", ALICE), 409, "CONFLICT");
    }

    @Test
    void promotingThenDemotingWorksWhileAnotherAdminRemains() {
        Reply promoted = api.json("PUT", "/teams/team-acme/users/user-bob", ALICE, "{\"isAdmin\":true}");
        assertThat(promoted.status()).isEqualTo(200);
        assertThat(promoted.json().path("isAdmin").asBoolean()).isTrue();
        assertThat(promoted.json().path("isOwner").asBoolean()).isFalse();

        Reply demoted = api.json("PUT", "/teams/team-acme/users/user-alice", BOB, "{\"isAdmin\":false}");
        assertThat(demoted.status()).isEqualTo(200);
        assertThat(demoted.json().path("isAdmin").asBoolean()).isFalse();
    }

    @Test
    void updatingAnUnknownMemberIs404() {
        assertError(api.json("PUT", "/teams/team-acme/users/user-nobody", ALICE, "{\"isAdmin\":true}"), 404, "NOT_FOUND");
        assertError(api.delete("/teams/team-acme/users/user-nobody", ALICE), 404, "NOT_FOUND");
    }

    @Test
    void theOwnerCanBeNeitherDemotedNorRemovedButListsAsOwner() {
        assertThat(api.json("PUT", "/teams/team-acme/users/user-bob", ALICE, "{\"isAdmin\":true}").status()).isEqualTo(200);
        server.database().transaction(c -> {
            MemberStore.upsert(c, new MemberRecord("team-acme", "user-bob", "bob@acme.test", "Bob", "Member", true, true, null));
            return null;
        });

        Reply demoted = api.json("PUT", "/teams/team-acme/users/user-bob", ALICE, "{\"isAdmin\":false}");
        Reply removed = api.delete("/teams/team-acme/users/user-bob", ALICE);
        assertThat(List.of(demoted.status(), removed.status())).containsExactly(409, 409);
        assertThat(demoted.json().path("message").asText()).contains("owner");
        assertThat(api.get("/teams/team-acme/users", BOB).json().findValues("isOwner").stream().map(n -> n.asBoolean()))
                .containsExactlyInAnyOrder(false, true);
        // Another admin, not the owner, may still be demoted: alice is not the last admin now.
        assertThat(api.json("PUT", "/teams/team-acme/users/user-alice", ALICE, "{\"isAdmin\":false}").status()).isEqualTo(200);
    }

    // --- order of checks ---

    @Test
    void authorisationComesBeforeValidationAndExistence() {
        String invalid = "{\"name\":\"1 bad\",\"value\":\"\"}";
        assertThat(api.json("POST", "/teams/team-acme/secrets", null, invalid).status()).isEqualTo(401);
        assertThat(api.json("POST", "/teams/team-acme/secrets", OLGA, invalid).status()).isEqualTo(403);
        assertThat(api.json("POST", "/teams/team-acme/secrets", BOB, invalid).status()).isEqualTo(403);
        assertThat(api.json("POST", "/teams/team-acme/secrets", BOB, "{not json").status()).isEqualTo(403);
        // The media type is part of matching the operation, which authorization needs; the spec publishes it anyway.
        assertThat(api.send("POST", "/teams/team-acme/secrets", BOB, "text/plain", "x").status()).isEqualTo(415);
        assertThat(api.delete("/teams/team-acme/secrets/NOPE", BOB).status()).isEqualTo(403);
        assertThat(api.json("PATCH", "/teams/team-acme/secrets/NOPE", ALICE, "{\"value\":\"\"}").status()).isEqualTo(400);
    }

    // --- secrets ---

    @Test
    void aSecretRoundTripNeverReturnsItsValue() {
        Reply created = createSecret();
        assertThat(created.status()).isEqualTo(200);
        assertThat(created.json().path("name").asText()).isEqualTo("HF_TOKEN");
        assertThat(OffsetDateTime.parse(created.json().path("dtCreated").asText())).isBeforeOrEqualTo(OffsetDateTime.now());

        Reply fetched = api.get("/teams/team-acme/secrets/HF_TOKEN", ALICE);
        Reply updated = api.json("PATCH", "/teams/team-acme/secrets/HF_TOKEN", ALICE, "{\"value\":\"second-value-that-must-not-leak\"}");
        Reply listed = api.get("/teams/team-acme/secrets", ALICE);
        assertThat(fetched.status()).isEqualTo(200);
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().path("dtCreated").asText()).isEqualTo(created.json().path("dtCreated").asText());
        assertThat(listed.json().findValuesAsText("name")).containsExactly("HF_TOKEN");
        for (Reply reply : List.of(created, fetched, updated, listed)) {
            assertThat(reply.text()).doesNotContain("must-not-leak").doesNotContain("\"value\"");
        }

        Reply deleted = api.delete("/teams/team-acme/secrets/HF_TOKEN", ALICE);
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json().path("name").asText()).isEqualTo("HF_TOKEN");
        assertError(api.get("/teams/team-acme/secrets/HF_TOKEN", ALICE), 404, "NOT_FOUND");
    }

    @Test
    void aDuplicateNameIs409() {
        createSecret();
        Reply duplicate = createSecret();
        assertError(duplicate, 409, "CONFLICT");
        assertThat(duplicate.text()).doesNotContain("must-not-leak");
    }

    @Test
    void secretsAreScopedToTheirTeam() {
        createSecret();
        assertThat(api.json("POST", "/teams/team-other/secrets", OLGA, SECRET).status()).isEqualTo(200);
        assertThat(api.get("/teams/team-other/secrets", OLGA).json().findValuesAsText("name")).containsExactly("HF_TOKEN");
    }

    static Stream<Arguments> invalidSecrets() {
        return Stream.of(
                Arguments.of("name with a space", "{\"name\":\"HF TOKEN\",\"value\":\"v\"}"),
                Arguments.of("name starting with a digit", "{\"name\":\"1TOKEN\",\"value\":\"v\"}"),
                Arguments.of("empty name", "{\"name\":\"\",\"value\":\"v\"}"),
                Arguments.of("name of 129 characters", "{\"name\":\"" + "A".repeat(129) + "\",\"value\":\"v\"}"),
                Arguments.of("empty value", "{\"name\":\"OK\",\"value\":\"\"}"),
                Arguments.of("value of 8193 characters", "{\"name\":\"OK\",\"value\":\"" + "v".repeat(8193) + "\"}"),
                Arguments.of("missing value", "{\"name\":\"OK\"}"),
                Arguments.of("missing name", "{\"value\":\"v\"}"),
                Arguments.of("name of the wrong type", "{\"name\":5,\"value\":\"v\"}"),
                Arguments.of("value of the wrong type", "{\"name\":\"OK\",\"value\":{\"a\":1}}"),
                Arguments.of("malformed JSON", "{\"name\":\"OK\","),
                Arguments.of("JSON null", "null"),
                Arguments.of("empty body", ""),
                Arguments.of("an array", "[]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidSecrets")
    void anInvalidSecretIs400AndNothingIsStored(String description, String body) {
        Reply reply = api.json("POST", "/teams/team-acme/secrets", ALICE, body);
        assertError(reply, 400, "BAD_REQUEST");
        assertThat(reply.text()).doesNotContain("vvvvvvvv");
        assertThat(api.get("/teams/team-acme/secrets", ALICE).json().path("items")).isEmpty();
    }

    @Test
    void longestValidNameAndValueAreAccepted() {
        String name = "A" + "b_9".repeat(42) + "c";
        Reply reply = api.json("POST", "/teams/team-acme/secrets", ALICE,
                "{\"name\":\"" + name + "\",\"value\":\"" + "v".repeat(8192) + "\"}");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(api.get("/teams/team-acme/secrets/" + name, BOB).status()).isEqualTo(200);
        // Lengths are code points, as in JSON Schema: 8,192 emoji are 16,384 UTF-16 units.
        assertThat(api.json("POST", "/teams/team-acme/secrets", ALICE, "{\"name\":\"EMOJI\",\"value\":\""
                + "\uD83D\uDD11".repeat(8192) + "\"}").status()).isEqualTo(200);
    }

    @Test
    void anInvalidNameInThePathIs400() {
        assertError(api.get("/teams/team-acme/secrets/1bad", ALICE), 400, "BAD_REQUEST");
    }

    @Test
    void unknownSecretsAre404() {
        assertError(api.get("/teams/team-acme/secrets/NOPE", ALICE), 404, "NOT_FOUND");
        assertError(api.json("PATCH", "/teams/team-acme/secrets/NOPE", ALICE, "{\"value\":\"v\"}"), 404, "NOT_FOUND");
        assertError(api.delete("/teams/team-acme/secrets/NOPE", ALICE), 404, "NOT_FOUND");
    }

    // --- protocol errors ---

    @Test
    void aBodyOver64KiBIs413() {
        Reply reply = api.json("POST", "/teams/team-acme/secrets", ALICE,
                "{\"name\":\"BIG\",\"value\":\"" + "v".repeat(70_000) + "\"}");
        assertError(reply, 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void aChunkedBodyOver64KiBIs413() {
        byte[] body = ("{\"name\":\"BIG\",\"value\":\"" + "v".repeat(70_000) + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Reply reply = Api.send(java.net.http.HttpRequest.newBuilder(server.baseUri().resolve("/v1/teams/team-acme/secrets"))
                .header("Authorization", "Bearer " + ALICE).header("Content-Type", Api.JSON)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
                .build());
        assertError(reply, 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void aBodyThatIsNotJsonIs415() {
        assertError(api.send("POST", "/teams/team-acme/secrets", ALICE, "text/plain", "HF_TOKEN=x"), 415, "BAD_REQUEST");
    }

    @Test
    void anUnsupportedMethodIs405() {
        assertError(api.json("PUT", "/teams/team-acme/secrets", ALICE, SECRET), 405, "METHOD_NOT_SUPPORTED");
    }

    @Test
    void unknownPathsAre404Json() {
        assertError(api.get("/nothing/here", ALICE), 404, "NOT_FOUND");
        assertError(Api.send(java.net.http.HttpRequest.newBuilder(server.baseUri().resolve("/elsewhere")).build()), 404, "NOT_FOUND");
    }

    @Test
    void healthSpecAndDocsAreServedBesideTheApi() {
        assertThat(Api.send(java.net.http.HttpRequest.newBuilder(server.baseUri().resolve("/healthz")).build()).json()
                .path("status").asText()).isEqualTo("UP");
        assertThat(Api.send(java.net.http.HttpRequest.newBuilder(server.baseUri().resolve("/openapi.yaml")).build()).text())
                .contains("operationId: createTeamSecret")
                .contains("servers:\n- url: /v1\n  description: This server\n- url: https://api.paperspace.com/v1")
                .doesNotContain("127.0.0.1:8080");
        assertThat(Api.send(java.net.http.HttpRequest.newBuilder(server.baseUri().resolve("/docs/")).build()).text())
                .contains("SwaggerUIBundle").contains("/openapi.yaml");
        assertThat(Api.send(java.net.http.HttpRequest.newBuilder(server.baseUri().resolve("/docs/swagger-ui-bundle.js")).build())
                .status()).isEqualTo(200);
    }

    Reply createSecret() {
        return api.json("POST", "/teams/team-acme/secrets", ALICE, SECRET);
    }

    static void assertError(Reply reply, int status, String code) {
        assertThat(reply.status()).as("status of %s", reply.text()).isEqualTo(status);
        assertThat(reply.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith(Api.JSON));
        assertThat(reply.code()).isEqualTo(code);
        assertThat(reply.json().path("message").asText()).isNotBlank();
        // Exactly {code, message}, the body both the spec and Paperspace's CLI accept.
        assertThat(reply.json().fieldNames()).toIterable().containsExactlyInAnyOrder("code", "message");
        PaperspaceCliErrors.assertAccepted(reply);
    }
}
