package io.github.teamauthkit.contract.server;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.teamauthkit.contract.ContractTarget;
import io.github.teamauthkit.contract.ContractTargetExtension;
import io.github.teamauthkit.contract.Requests;
import io.restassured.http.ContentType;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Property-based: names and values generated from the spec's constraints. Valid ones are created
 * (and deleted), invalid ones refused with 400, and nothing ever answers 5xx.
 */
public class SecretPropertiesContractTest {

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String REST = LETTERS + "0123456789_";

    @Property(tries = 25)
    void aValidSecretIsCreated(@ForAll("validNames") String name, @ForAll("validValues") String value) {
        ContractTarget target = ContractTargetExtension.target();
        int status = create(target, name, value, false);
        Fixtures.deleteSecret(target, name);
        assertThat(status).as("creating %s (%d characters)", name, value.length()).isEqualTo(200);
    }

    @Property(tries = 25)
    void anInvalidNameIsRefused(@ForAll("invalidNames") String name) {
        assertThat(create(ContractTargetExtension.target(), name, "v", true)).as("creating %s", name).isEqualTo(400);
    }

    @Property(tries = 10)
    void anInvalidValueIsRefused(@ForAll("invalidValues") String value) {
        assertThat(create(ContractTargetExtension.target(), Fixtures.uniqueSecretName(), value, true))
                .as("a value of %d characters", value.length()).isEqualTo(400);
    }

    @Provide
    Arbitrary<String> validNames() {
        // CT_ prefix: never collides with what the suite did not create. Up to 128 characters in all.
        return Arbitraries.strings().withChars(REST).ofMinLength(0).ofMaxLength(125).map(rest -> "CT_" + rest)
                .filter(name -> !name.equals("CT_NEGATIVE_PROBE"));
    }

    @Provide
    Arbitrary<String> validValues() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMinLength(1).ofMaxLength(64).excludeChars('\u0000'),
                Arbitraries.strings().withCharRange('a', 'z').ofLength(8192));
    }

    @Provide
    Arbitrary<String> invalidNames() {
        Arbitrary<String> badFirst = Combinators.combine(Arbitraries.strings().withChars("0123456789_-. ").ofLength(1),
                Arbitraries.strings().withChars(REST).ofMaxLength(20)).as((first, rest) -> first + rest);
        Arbitrary<String> badInside = Combinators.combine(Arbitraries.strings().withChars(LETTERS).ofLength(1),
                Arbitraries.strings().withChars("-.!@#$%&*+=~ ").ofMinLength(1).ofMaxLength(5))
                .as((first, bad) -> Tuple.of(first, bad)).map(t -> "CT" + t.get1() + t.get2());
        Arbitrary<String> tooLong = Arbitraries.strings().withChars(REST).ofMinLength(126).ofMaxLength(300).map(rest -> "CT_" + rest);
        return Arbitraries.oneOf(badFirst, badInside, tooLong, Arbitraries.just(""));
    }

    @Provide
    Arbitrary<String> invalidValues() {
        return Arbitraries.oneOf(Arbitraries.just(""), Arbitraries.strings().withCharRange('a', 'z').ofMinLength(8193).ofMaxLength(9000));
    }

    private static int create(ContractTarget target, String name, String value, boolean invalid) {
        String body = "{\"name\":" + json(name) + ",\"value\":" + json(value) + "}";
        int status = given(invalid ? Requests.invalidAs(target, target.admin()) : Requests.as(target, target.admin()))
                .contentType(ContentType.JSON).body(body)
                .when().post("/teams/{id}/secrets", target.team()).then().extract().statusCode();
        assertThat(status).as("never a 5xx").isLessThan(500);
        return status;
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
