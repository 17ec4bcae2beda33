package io.github.teamauthkit.contract.server;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.teamauthkit.contract.ContractTarget;
import io.github.teamauthkit.contract.ContractTargetExtension;
import io.github.teamauthkit.contract.MissingInput;
import io.github.teamauthkit.contract.NotApplicable;
import io.github.teamauthkit.contract.Requests;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Members: listing (only this team's, by role), admin status, the owner's and the last admin's protection. The removal
 * of the disposable member is the stateful phase's ({@link ModelContractTest}), which holds every later answer to it.
 */
@ExtendWith(ContractTargetExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class MembersContractTest {

    private static final String LIST = "/teams/{id}/users";

    @Test
    void theListHoldsTheAdminAndOnlyThisTeam(ContractTarget target) {
        String admin = Fixtures.adminUserId(target);
        List<Object> userIds = userIds(Fixtures.walk(target, target.admin(), LIST, Map.of()));
        assertThat("the members' user ids", userIds, hasItem(admin));
        Fixtures.assertNoDuplicates("the members' user ids", userIds);
        String otherTeamsUser = given(Requests.as(target, target.otherTeam())).when().get("/auth/session")
                .then().statusCode(200).extract().path("user.id");
        assertThat("the members' user ids hold another team's user", userIds, not(hasItem(otherTeamsUser)));
    }

    /** The spec's {@code TeamRole}: each member has exactly one role, and {@code role} keeps exactly that one. */
    @Test
    void eachRoleFilterKeepsExactlyItsRoleAndTogetherTheyListEveryMemberOnce(ContractTarget target) {
        List<Map<String, Object>> everyone = Fixtures.walk(target, target.admin(), LIST, Map.of());
        Map<String, Predicate<Map<String, Object>>> roles = Map.of(
                "owner", member -> isTrue(member, "isOwner"),
                "admin", member -> isTrue(member, "isAdmin") && !isTrue(member, "isOwner"),
                "member", member -> !isTrue(member, "isAdmin") && !isTrue(member, "isOwner"));
        List<Object> union = new ArrayList<>();
        roles.forEach((role, holds) -> {
            List<Map<String, Object>> kept = Fixtures.walk(target, target.admin(), LIST, Map.of("role", role, "limit", 2));
            List<Object> wrong = userIds(kept.stream().filter(holds.negate()).toList());
            assertEquals(List.of(), wrong, "members listed with role=" + role + " that do not have that role");
            union.addAll(userIds(kept));
        });
        Fixtures.assertNoDuplicates("members over the three role filters", union);
        assertEquals(userIds(everyone).stream().sorted().toList(), union.stream().map(String::valueOf).sorted().toList(),
                "the three role filters together list every member once");
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

    /**
     * The spec's {@code isOwner}: the owner cannot be demoted or removed (409), by another admin or by itself. Checked
     * while the team has another admin, so that the last-admin rule cannot be what refuses; when the admin key is the
     * owner's and it is the only admin, the disposable member is made an admin for the check and demoted after.
     */
    @Test
    @Order(1)
    void theOwnerCannotBeDemotedOrRemovedByAnotherAdminOrItself(ContractTarget target) {
        List<Map<String, Object>> members = Fixtures.walk(target, target.admin(), LIST, Map.of());
        Map<String, Object> owner = members.stream().filter(member -> isTrue(member, "isOwner")).findFirst().orElse(null);
        NotApplicable.unless(target, owner != null, "the team has no owner", "updateTeamMember 409", "removeTeamMember 409");
        String ownerId = userId(owner);
        String admin = Fixtures.adminUserId(target);
        long admins = members.stream().filter(member -> isTrue(member, "isAdmin")).count();
        List<String> otherAdminKeys = new ArrayList<>();
        boolean lent = false;
        if (!ownerId.equals(admin)) {
            otherAdminKeys.add(target.admin());
        } else if (admins < 2) {
            String disposable = disposableMemberOr("the admin key is the owner's and the team has no other admin: give "
                    + "--disposable-member-id/-key, whom the check makes an admin for its duration", target);
            setAdmin(target, disposable, true);
            otherAdminKeys.add(target.disposableMemberKey());
            lent = true;
        }
        try {
            for (String key : otherAdminKeys) {
                expectOwnerRefused(target, key, ownerId, "another admin");
            }
            if (ownerId.equals(admin)) {
                expectOwnerRefused(target, target.admin(), ownerId, "the owner itself");
            }
            Map<String, Object> after = listed(target, ownerId);
            assertEquals(List.of(true, true), List.of(isTrue(after, "isOwner"), isTrue(after, "isAdmin")),
                    "the owner's isOwner and isAdmin after refused demotions");
        } finally {
            if (lent) {
                setAdmin(target, target.disposableMemberId(), false);
            }
        }
    }

    /** The spec: demoting or removing the team's last admin is refused with 409. */
    @Test
    @Order(2)
    void theLastAdminCannotBeDemotedOrRemoved(ContractTarget target) {
        String admin = Fixtures.adminUserId(target);
        long admins = Fixtures.walk(target, target.admin(), LIST, Map.of()).stream()
                .filter(member -> isTrue(member, "isAdmin")).count();
        NotApplicable.unless(target, admins == 1, "the team has more than one admin, so its admin is not the last one",
                "updateTeamMember 409", "removeTeamMember 409");
        given(Requests.as(target, target.admin())).contentType(ContentType.JSON).body("{\"isAdmin\":false}")
                .when().put("/teams/{id}/users/{user}", target.team(), admin)
                .then().statusCode(409).body("code", equalTo("CONFLICT"));
        given(Requests.as(target, target.admin())).when().delete("/teams/{id}/users/{user}", target.team(), admin)
                .then().statusCode(409).body("code", equalTo("CONFLICT"));
        assertEquals(true, isTrue(listed(target, admin), "isAdmin"), "the last admin's isAdmin after refused demotions");
    }

    private static void expectOwnerRefused(ContractTarget target, String key, String ownerId, String who) {
        int demoted = given(Requests.as(target, key)).contentType(ContentType.JSON).body("{\"isAdmin\":false}")
                .when().put("/teams/{id}/users/{user}", target.team(), ownerId).then().extract().statusCode();
        int removed = given(Requests.as(target, key)).when().delete("/teams/{id}/users/{user}", target.team(), ownerId)
                .then().extract().statusCode();
        assertEquals(List.of(409, 409), List.of(demoted, removed), "demoting, then removing the owner, by " + who
                + " while the team has another admin: the owner cannot be demoted or removed (409)");
    }

    /** The member as the team's list shows it; fails when it is not listed. */
    private static Map<String, Object> listed(ContractTarget target, String userId) {
        return Fixtures.walk(target, target.admin(), LIST, Map.of()).stream().filter(member -> userId.equals(userId(member)))
                .findFirst().orElseThrow(() -> new AssertionError(userId + " is no longer listed after refused removals"));
    }

    private static void setAdmin(ContractTarget target, String userId, boolean admin) {
        given(Requests.as(target, target.admin())).contentType(ContentType.JSON).body("{\"isAdmin\":" + admin + "}")
                .when().put("/teams/{id}/users/{user}", target.team(), userId)
                .then().statusCode(200).body("isAdmin", equalTo(admin));
    }

    private static String disposableMemberOr(String reason, ContractTarget target) {
        if (target.disposableMemberId() == null || target.disposableMemberKey() == null) {
            throw MissingInput.because("skipped: " + reason);
        }
        return target.disposableMemberId();
    }

    private static boolean isTrue(Map<String, Object> member, String field) {
        return Boolean.TRUE.equals(member.get(field));
    }

    private static String userId(Map<String, Object> member) {
        return Objects.toString(((Map<?, ?>) member.get("user")).get("id"));
    }

    private static List<Object> userIds(List<Map<String, Object>> members) {
        return members.stream().map(member -> (Object) userId(member)).toList();
    }
}
