package io.github.teamauthkit.contract.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The two paged lists, and what the model says each item of them is. */
enum ListKind {
    SECRETS("secrets"), MEMBERS("users");

    private final String segment;

    ListKind(String segment) {
        this.segment = segment;
    }

    String path(TeamModel model, TeamRef team) {
        return team.path(model, "/" + segment);
    }

    int version(TeamModel model) {
        return this == SECRETS ? model.secretsVersion : model.membersVersion;
    }

    /** The list's items by identity, each with the time the list is ordered by (null where the spec allows none). */
    Map<String, Instant> items(TeamModel model, String role) {
        Map<String, Instant> items = new LinkedHashMap<>();
        if (this == SECRETS) {
            model.secrets.values().forEach(secret -> items.put(secret.identity(), secret.created()));
        } else {
            model.members.values().stream().filter(member -> !model.removed.contains(member.userId()) && hasRole(member, role))
                    .forEach(member -> items.put(member.userId(), member.joined()));
        }
        return items;
    }

    /** An item's identity, as {@link #items} keys it. */
    String identity(JsonNode item) {
        return this == SECRETS ? item.path("name").asText() + "@" + time(item.path("dtCreated")) : item.path("user").path("id").asText();
    }

    /** What is wrong with a listed item, by the model's account of it, if anything. */
    Optional<String> mismatch(TeamModel model, JsonNode item) {
        if (this == SECRETS) {
            TeamModel.Secret secret = model.secrets.get(item.path("name").asText());
            return secret == null ? Optional.of("lists secret " + item.path("name").asText() + ", which does not exist")
                    : Times.mismatch(secret, item);
        }
        String userId = item.path("user").path("id").asText();
        TeamModel.Member member = model.member(userId);
        if (member == null) {
            return Optional.of("lists " + userId + ", who is not a member" + (model.removed.contains(userId) ? " (removed)" : ""));
        }
        if (item.path("isAdmin").asBoolean() != member.admin() || item.path("isOwner").asBoolean() != member.owner()) {
            return Optional.of("lists " + userId + " with isAdmin " + item.path("isAdmin") + ", isOwner " + item.path("isOwner")
                    + "; the model: isAdmin " + member.admin() + ", isOwner " + member.owner());
        }
        Instant joined = time(item.path("dtConfirmed"));
        return Objects.equals(joined, member.joined()) ? Optional.empty()
                : Optional.of("lists " + userId + " with dtConfirmed " + joined + "; it was " + member.joined());
    }

    static boolean hasRole(TeamModel.Member member, String role) {
        return role == null || switch (role) {
            case "owner" -> member.owner();
            case "admin" -> member.admin() && !member.owner();
            default -> !member.admin() && !member.owner();
        };
    }

    /** A date-time the spec defines, or null when absent, null or not one (the validator reports the last). */
    static Instant time(JsonNode value) {
        if (!value.isTextual()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.asText()).toInstant();
        } catch (DateTimeParseException notADateTime) {
            return null;
        }
    }
}
