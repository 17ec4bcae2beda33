package io.github.teamauthkit.contract.server;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.github.teamauthkit.contract.ContractTarget;
import io.github.teamauthkit.contract.ContractTargetExtension;
import io.github.teamauthkit.contract.Requests;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Members: listing, admin status, the last-admin rule, and removal revoking keys. */
@ExtendWith(ContractTargetExtension.class)
public class MembersContractTest {

    @Test
    void theListHoldsTheAdminAndOnlyThisTeam(ContractTarget target) {
        String admin = Fixtures.adminUserId(target);
        List<Map<String, Object>> members = Fixtures.walk(target, target.admin(), "/teams/{id}/users", Map.of());
        List<Object> userIds = members.stream().map(member -> (Object) ((Map<?, ?>) member.get("user")).get("id")).toList();
        assertThat("the members' user ids", userIds, hasItem(admin));
        Fixtures.assertNoDuplicates("the members' user ids", userIds);
    }

    @Test
    void settingTheAdminsOwnStatusToAdminAnswersTheMembership(ContractTarget target) {
        String admin = Fixtures.adminUserId(target);
        given(Requests.as(target, target.admin())).contentType(ContentType.JSON).body("{\"isAdmin\":true}")
                .when().put("/teams/{id}/users/{user}", target.team(), admin)
                .then().statusCode(200).body("isAdmin", equalTo(true));
    }

    @Test
    void anUnknownMemberIs404(ContractTarget target) {
        given(Requests.as(target, target.admin())).contentType(ContentType.JSON).body("{\"isAdmin\":true}")
                .when().put("/teams/{id}/users/{user}", target.team(), "contract-kit-no-such-user")
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        given(Requests.as(target, target.admin()))
                .when().delete("/teams/{id}/users/{user}", target.team(), "contract-kit-no-such-user")
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void theLastAdminCannotBeDemotedOrRemoved(ContractTarget target) {
        String admin = Fixtures.adminUserId(target);
        long admins = Fixtures.walk(target, target.admin(), "/teams/{id}/users", Map.of()).stream()
                .filter(member -> Boolean.TRUE.equals(member.get("isAdmin"))).count();
        Assumptions.assumeTrue(admins == 1,
                "skipped: the team has more than one admin, so its admin is not the last one");
        given(Requests.as(target, target.admin())).contentType(ContentType.JSON).body("{\"isAdmin\":false}")
                .when().put("/teams/{id}/users/{user}", target.team(), admin)
                .then().statusCode(409).body("code", equalTo("CONFLICT"));
        given(Requests.as(target, target.admin())).when().delete("/teams/{id}/users/{user}", target.team(), admin)
                .then().statusCode(409).body("code", equalTo("CONFLICT"));
    }

    @Test
    void aMemberRemovesItselfAndItsKeyStopsWorking(ContractTarget target) {
        String disposable = target.disposableMember();
        given(Requests.as(target, target.disposableMemberKey()))
                .when().delete("/teams/{id}/users/{user}", target.team(), disposable)
                // The spec makes dtDeleted optional: the validator checks it when it is there, nothing demands it.
                .then().statusCode(200);
        given(Requests.as(target, target.disposableMemberKey())).when().get("/auth/session")
                .then().statusCode(401).body("code", equalTo("UNAUTHORIZED"));
        given(Requests.as(target, target.disposableMemberKey())).when().get("/teams/{id}/users", target.team())
                .then().statusCode(401);
    }
}
