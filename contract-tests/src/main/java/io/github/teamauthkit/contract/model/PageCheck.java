package io.github.teamauthkit.contract.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Holds one page to the spec's paging rules and to the model's list. Where items share a time, the spec leaves their
 * order open, and so does the check. A page after a cursor is predicted item for item only when the list has not
 * changed since the cursor's page: the spec does not say what a walk shows of a list that changed under it.
 *
 * @param kind   the list
 * @param role   the role kept, or null
 * @param asc    whether the order is oldest first
 * @param limit  the most items a page holds
 * @param cursor the cursor the page continues from, or null for a first page
 */
record PageCheck(ListKind kind, String role, boolean asc, int limit, TeamModel.Cursor cursor) {

    /** The identities of a page's items. */
    Set<String> identities(JsonNode page) {
        Set<String> identities = new LinkedHashSet<>();
        page.path("items").forEach(item -> identities.add(kind.identity(item)));
        return identities;
    }

    Optional<String> mismatch(TeamModel model, JsonNode page) {
        JsonNode items = page.path("items");
        boolean hasMore = page.path("hasMore").asBoolean();
        if (hasMore != page.path("nextPage").isTextual()) {
            return Optional.of("hasMore is " + hasMore + " and nextPage is " + (page.path("nextPage").isTextual() ? "given" : "absent")
                    + "; the spec gives nextPage exactly when hasMore is true");
        }
        if (items.size() > limit) {
            return Optional.of("the page holds " + items.size() + " items; limit is " + limit);
        }
        Map<String, Instant> listed = kind.items(model, role);
        Set<String> shown = cursor == null ? Set.of() : cursor.shown();
        Set<String> onPage = new HashSet<>();
        List<Instant> times = new ArrayList<>();
        for (JsonNode item : items) {
            Optional<String> wrong = kind.mismatch(model, item);
            if (wrong.isPresent()) {
                return wrong;
            }
            String identity = kind.identity(item);
            if (!listed.containsKey(identity)) {
                return Optional.of("lists " + identity + ", which role=" + role + " does not keep");
            }
            if (!onPage.add(identity) || shown.contains(identity)) {
                return Optional.of("lists " + identity + " a second time in the same walk");
            }
            times.add(listed.get(identity));
        }
        for (int i = 1; i < times.size(); i++) {
            if (times.get(i - 1) != null && times.get(i) != null && inOrder(times.get(i), times.get(i - 1))) {
                return Optional.of("item " + (i + 1) + " (" + times.get(i) + ") comes after item " + i + " (" + times.get(i - 1)
                        + "), out of " + (asc ? "oldest" : "newest") + "-first order");
            }
        }
        boolean unchanged = cursor == null || cursor.version() == kind.version(model);
        return unchanged ? completeness(listed, shown, onPage, times, hasMore) : Optional.empty();
    }

    /** On a list that did not change since the walk began: exactly the next items, and hasMore exactly when more follow. */
    private Optional<String> completeness(Map<String, Instant> listed, Set<String> shown, Set<String> onPage, List<Instant> times,
            boolean hasMore) {
        List<String> remaining = listed.keySet().stream().filter(identity -> !shown.contains(identity)).toList();
        int expected = Math.min(limit, remaining.size());
        if (onPage.size() != expected) {
            return Optional.of("the page holds " + onPage.size() + " items; " + remaining.size() + " are left in the list"
                    + (shown.isEmpty() ? "" : " after the " + shown.size() + " shown before") + " (limit " + limit + ")");
        }
        Instant last = times.isEmpty() ? null : times.get(times.size() - 1);
        if (last != null) {
            Optional<String> skipped = remaining.stream().filter(identity -> !onPage.contains(identity))
                    .filter(identity -> listed.get(identity) != null && inOrder(listed.get(identity), last)).findFirst();
            if (skipped.isPresent()) {
                return Optional.of("leaves out " + skipped.get() + ", which comes before the page's last item");
            }
        }
        boolean more = remaining.size() > onPage.size();
        return hasMore == more ? Optional.empty()
                : Optional.of("hasMore is " + hasMore + ", but " + (remaining.size() - onPage.size()) + " items follow the page");
    }

    /** Whether a time comes strictly before another in the page's order. */
    private boolean inOrder(Instant earlier, Instant later) {
        return asc ? earlier.isBefore(later) : earlier.isAfter(later);
    }
}
