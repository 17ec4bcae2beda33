package io.github.teamauthkit.contract.server;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.teamauthkit.contract.ContractTarget;
import io.github.teamauthkit.contract.ContractTargetExtension;
import io.github.teamauthkit.contract.Requests;
import io.restassured.http.ContentType;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Property-based: names and values generated from the spec's constraints. Valid ones are created
 * (and deleted), invalid ones refused with 400, and nothing ever answers 5xx. Inputs come from one
 * seed per run ({@link Generated}); a failure names it for replay.
 */
@ExtendWith(ContractTargetExtension.class)
public class SecretPropertiesContractTest {

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String REST = LETTERS + "0123456789_";
    /** Printable ASCII, tab and newline, and some of the rest of Unicode (accents, Greek, Cyrillic, CJK, the euro). */
    private static final String ANY_TEXT = "\t\n !#$%&()*+,-./0123456789:;<=>?@ABCXYZ[]^_`abcxyz{|}~\"\\éßøΩЖ中文€";

    @TestFactory
    Stream<DynamicTest> aValidSecretIsCreated(ContractTarget target) {
        // CT_ prefix: never collides with what the suite did not create. Up to 128 characters in all.
        Function<Random, String> names = Generated.strings(REST, 0, 125).andThen(rest -> "CT_" + rest);
        Function<Random, String> values = Generated.oneOf(Generated.strings(ANY_TEXT, 1, 64), Generated.strings(LETTERS, 8192, 8192));
        return Generated.forAll("a valid secret is created", 25, random -> names.apply(random) + "\u0000" + values.apply(random),
                pair -> {
                    String name = pair.substring(0, pair.indexOf('\u0000'));
                    String value = pair.substring(pair.indexOf('\u0000') + 1);
                    int status = create(target, name, value, false);
                    Fixtures.deleteSecret(target, name);
                    assertEquals(200, status, "creating " + name + " (" + value.length() + " characters)");
                }, false);
    }

    @TestFactory
    Stream<DynamicTest> anInvalidNameIsRefused(ContractTarget target) {
        Function<Random, String> badFirst = Generated.strings("0123456789_-. ", 1, 1)
                .andThen(first -> first + "CT");
        Function<Random, String> badInside = Generated.strings("-.!@#$%&*+=~ ", 1, 5).andThen(bad -> "CTx" + bad);
        Function<Random, String> tooLong = Generated.strings(REST, 126, 300).andThen(rest -> "CT_" + rest);
        return Generated.forAll("an invalid name is refused", 25, Generated.oneOf(badFirst, badInside, tooLong, random -> ""),
                name -> assertEquals(400, create(target, name, "v", true), "creating " + name), false);
    }

    @TestFactory
    Stream<DynamicTest> anInvalidValueIsRefused(ContractTarget target) {
        return Generated.forAll("an invalid value is refused", 10,
                Generated.oneOf(random -> "", Generated.strings("abcdefghijklmnopqrstuvwxyz", 8193, 9000)),
                value -> assertEquals(400, create(target, Fixtures.uniqueSecretName(), value, true),
                        "a value of " + value.length() + " characters"), false);
    }

    private static int create(ContractTarget target, String name, String value, boolean invalid) {
        String body = "{\"name\":" + json(name) + ",\"value\":" + json(value) + "}";
        int status = given(invalid ? Requests.invalidAs(target, target.admin()) : Requests.as(target, target.admin()))
                .contentType(ContentType.JSON).body(body)
                .when().post("/teams/{id}/secrets", target.team()).then().extract().statusCode();
        assertThat("never a 5xx", status, lessThan(500));
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
