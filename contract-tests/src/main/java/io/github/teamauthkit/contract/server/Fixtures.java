package io.github.teamauthkit.contract.server;

import static io.restassured.RestAssured.given;

import io.github.teamauthkit.contract.ContractTarget;
import io.github.teamauthkit.contract.Requests;
import io.restassured.http.ContentType;
import java.security.SecureRandom;

/** What the suite creates, named so it never collides with data it did not create. */
final class Fixtures {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private Fixtures() {
    }

    /** A secret name no one else uses: {@code CT_} and 12 random characters. */
    static String uniqueSecretName() {
        StringBuilder name = new StringBuilder("CT_");
        for (int i = 0; i < 12; i++) {
            name.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return name.toString();
    }

    static void createSecret(ContractTarget target, String name, String value) {
        given(Requests.as(target, target.admin())).contentType(ContentType.JSON)
                .body("{\"name\":\"" + name + "\",\"value\":\"" + value + "\"}")
                .when().post("/teams/{id}/secrets", target.team())
                .then().statusCode(200);
    }

    /** Deletes a secret the suite created; a secret already gone is fine. */
    static void deleteSecret(ContractTarget target, String name) {
        given(Requests.as(target, target.admin())).when().delete("/teams/{id}/secrets/{name}", target.team(), name)
                .then().statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(404)));
    }

    /** The user id the admin key belongs to, from the session. */
    static String adminUserId(ContractTarget target) {
        return given(Requests.as(target, target.admin())).when().get("/auth/session")
                .then().statusCode(200).extract().path("user.id");
    }
}
