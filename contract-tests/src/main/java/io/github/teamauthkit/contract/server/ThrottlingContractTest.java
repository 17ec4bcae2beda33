package io.github.teamauthkit.contract.server;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.teamauthkit.contract.ContractTarget;
import io.github.teamauthkit.contract.ContractTargetExtension;
import io.github.teamauthkit.contract.Requests;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The auth-failure limit ({@code --check-throttling}, off by default): refused keys past the server's limit get 429
 * with {@code Retry-After} on every operation, and a key the server has already found valid still works, as the
 * README's reference server promises. It locks the kit's own address out of new keys for a minute, so it runs only
 * when asked for, and after every other check.
 */
@ExtendWith(ContractTargetExtension.class)
@EnabledIfSystemProperty(named = "contract.checkThrottling", matches = "true",
        disabledReason = "not asked for: --check-throttling locks this address out of new keys for a minute")
@Order(Integer.MAX_VALUE - 1)
public class ThrottlingContractTest {

    /** A limit this high is not one the check can reach in a kit run's time. */
    private static final int MOST_REFUSED_KEYS = 500;

    @Test
    void refusedKeysPastTheLimitGet429WithRetryAfterOnEveryOperationAndAKnownKeyStillWorks(ContractTarget target) {
        // Proven valid before the lockout.
        given(Requests.as(target, target.admin())).when().get("/auth/session").then().statusCode(200);
        Response answer;
        int refused = 0;
        do {
            answer = given(Requests.as(target, "contract-kit-refused-key-" + refused)).when().get("/auth/session");
            refused++;
        } while (answer.statusCode() == 401 && refused < MOST_REFUSED_KEYS);
        assertEquals(429, answer.statusCode(), refused + " refused keys, and no 429 (the spec's TooManyRequests)");
        List<String> notLimited = new ArrayList<>();
        for (String[] request : everyOperation(target)) {
            Response limited = Fixtures.send(Requests.as(target, "contract-kit-refused-key-" + refused++), request[0], request[1],
                    request[2]);
            String retryAfter = limited.getHeader("Retry-After");
            if (limited.statusCode() != 429 || !"TOO_MANY_REQUESTS".equals(limited.path("code"))
                    || retryAfter == null || !retryAfter.matches("\\d+")) {
                notLimited.add(request[0] + " " + request[1] + " → " + limited.statusCode() + ", Retry-After " + retryAfter);
            }
        }
        assertEquals(List.of(), notLimited, "refused keys past the limit: each operation's answer must be 429 "
                + "TOO_MANY_REQUESTS with Retry-After in whole seconds");
        int known = given(Requests.as(target, target.admin())).when().get("/teams/{id}/users", target.team()).statusCode();
        assertTrue(known == 200, "the admin key, found valid before the lockout, answered " + known + " during it");
    }

    private static List<String[]> everyOperation(ContractTarget target) {
        String team = "/teams/" + target.team();
        return List.of(
                new String[] {"GET", "/auth/session", null},
                new String[] {"GET", team + "/users", null},
                new String[] {"PUT", team + "/users/contract-kit-no-such-user", "{\"isAdmin\":true}"},
                new String[] {"DELETE", team + "/users/contract-kit-no-such-user", null},
                new String[] {"GET", team + "/secrets", null},
                new String[] {"POST", team + "/secrets", "{\"name\":\"CT_THROTTLED\",\"value\":\"never-stored\"}"},
                new String[] {"GET", team + "/secrets/CT_THROTTLED", null},
                new String[] {"PATCH", team + "/secrets/CT_THROTTLED", "{\"value\":\"never-stored\"}"},
                new String[] {"DELETE", team + "/secrets/CT_THROTTLED", null});
    }
}
