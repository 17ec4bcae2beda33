package io.github.teamauthkit.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.github.teamauthkit.server.runtime.TinyServer;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generated stubs, implemented in the smallest way, answer what the spec documents. */
class StubsContractTest {

    private static TinyServer server;
    private static RequestSpecification api;

    @BeforeAll
    static void start() {
        server = TinyServer.resteasy();
        RestAssuredConfig timeouts = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.connection.timeout", 5_000).setParam("http.socket.timeout", 10_000));
        // The tiny implementation checks no key; the spec still requires one on team operations.
        api = new RequestSpecBuilder().setBaseUri(server.uri("").toString()).setConfig(timeouts)
                .addHeader("Authorization", "Bearer any-key").build();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void sessionWithoutCredentialsIsNull() {
        given().baseUri(server.uri("").toString()).filter(SpecValidationFilters.requestAndResponse())
                .when().get("/auth/session")
                .then().statusCode(200).body(equalTo("null"));
    }

    @Test
    void secretLifecycle() {
        given(api).filter(SpecValidationFilters.requestAndResponse()).contentType(ContentType.JSON)
                .body("{\"name\":\"LIFECYCLE\",\"value\":\"first\"}")
                .when().post("/teams/t1/secrets")
                .then().statusCode(200).body("name", equalTo("LIFECYCLE")).body("value", equalTo(null));
        given(api).filter(SpecValidationFilters.requestAndResponse())
                .when().get("/teams/t1/secrets/LIFECYCLE")
                .then().statusCode(200);
        given(api).filter(SpecValidationFilters.requestAndResponse()).contentType(ContentType.JSON)
                .body("{\"value\":\"second\"}")
                .when().patch("/teams/t1/secrets/LIFECYCLE")
                .then().statusCode(200);
        given(api).filter(SpecValidationFilters.requestAndResponse())
                .when().get("/teams/t1/secrets")
                .then().statusCode(200).body("items.name", hasItem("LIFECYCLE"));
        given(api).filter(SpecValidationFilters.requestAndResponse())
                .when().delete("/teams/t1/secrets/LIFECYCLE")
                .then().statusCode(200).body("name", equalTo("LIFECYCLE"));
        given(api).filter(SpecValidationFilters.requestAndResponse())
                .when().get("/teams/t1/secrets/LIFECYCLE")
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void memberOperations() {
        given(api).filter(SpecValidationFilters.requestAndResponse())
                .when().get("/teams/t1/users")
                .then().statusCode(200);
        given(api).filter(SpecValidationFilters.requestAndResponse()).contentType(ContentType.JSON)
                .body("{\"isAdmin\":true}")
                .when().put("/teams/t1/users/user-bob")
                .then().statusCode(200).body("isAdmin", equalTo(true));
        given(api).filter(SpecValidationFilters.requestAndResponse())
                .when().delete("/teams/t1/users/user-bob")
                .then().statusCode(200).body("isAdmin", equalTo(false));
    }

    @Test
    void invalidInputIsADocumented400() {
        given(api).filter(SpecValidationFilters.responseOnly()).contentType(ContentType.JSON)
                .body("{\"name\":\"1bad\",\"value\":\"leak-me-not\"}")
                .when().post("/teams/t1/secrets")
                .then().statusCode(400).body("code", equalTo("BAD_REQUEST")).body(not(org.hamcrest.Matchers.containsString("leak-me-not")));
        given(api).filter(SpecValidationFilters.responseOnly()).contentType(ContentType.JSON)
                .body("{\"name\":\"NO_VALUE\"}")
                .when().post("/teams/t1/secrets")
                .then().statusCode(400).body("code", equalTo("BAD_REQUEST"));
    }

    @Test
    void wrongMediaTypeIsADocumented415() {
        given(api).filter(SpecValidationFilters.responseOnly()).contentType(ContentType.TEXT)
                .body("name=x")
                .when().post("/teams/t1/secrets")
                .then().statusCode(415).body("code", equalTo("BAD_REQUEST"));
    }
}
