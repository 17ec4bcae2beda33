package io.github.teamauthkit.contract.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One page of a list, perhaps after a cursor an earlier page handed out, of this list or another, for this order and
 * role or others: the spec makes a cursor valid only for the list, team, order and role it came from.
 *
 * @param cursorRef    which cursor of the sequence: -1 none, -2 the latest, else its index (modulo how many there are)
 *                     among those of this list, or of any list when {@code anyList}
 * @param anyList      whether the cursor may come from the other list
 * @param scope        which order and role the page is asked for with, beside a cursor
 */
record ListCommand(ListKind kind, Caller caller, boolean legacyHeader, TeamRef team, Integer limit, String order, String role,
        int cursorRef, boolean anyList, Scope scope) implements Command {

    /** The order and role asked for beside a cursor. */
    enum Scope {
        /** The cursor's own: the walk goes on. */
        CONTINUE,
        /** The cursor's, one of them changed: another order, or another role for members (the spec: 400). */
        CHANGED,
        /** This command's own, whatever the cursor's were. */
        OWN
    }

    static final int NO_CURSOR = -1;
    static final int LATEST_CURSOR = -2;
    private static final int DEFAULT_LIMIT = 20;

    @Override
    public Call call(TeamModel model) {
        Map<String, Object> query = new LinkedHashMap<>();
        if (limit != null) {
            query.put("limit", limit);
        }
        if (order(model) != null) {
            query.put("order", order(model));
        }
        if (role(model) != null) {
            query.put("role", role(model));
        }
        TeamModel.Cursor cursor = cursor(model);
        return new Call("GET", kind.path(model, team), query, cursor == null ? null : cursor.value(),
                cursor == null ? 0 : cursor.step(), null, caller, legacyHeader);
    }

    @Override
    public int expectedStatus(TeamModel model) {
        int refusal = model.refusal(caller, team, TeamModel.Access.MEMBER, null);
        if (refusal != 0) {
            return refusal;
        }
        TeamModel.Cursor cursor = cursor(model);
        boolean foreign = cursor != null && (cursor.kind() != kind || !cursor.order().equals(effectiveOrder(model))
                || !String.valueOf(cursor.role()).equals(String.valueOf(role(model))));
        return foreign ? 400 : 200;
    }

    @Override
    public Optional<String> mismatch(TeamModel model, JsonNode body) {
        return check(model).mismatch(model, body);
    }

    @Override
    public void apply(TeamModel model, JsonNode body, int step) {
        if (body.path("nextPage").isTextual()) {
            TeamModel.Cursor from = cursor(model);
            Set<String> shown = new HashSet<>(from == null ? Set.of() : from.shown());
            shown.addAll(check(model).identities(body));
            model.cursors.add(new TeamModel.Cursor(body.path("nextPage").asText(), kind, effectiveOrder(model), role(model),
                    kind.version(model), Set.copyOf(shown), step));
        }
    }

    private PageCheck check(TeamModel model) {
        return new PageCheck(kind, role(model), "asc".equals(effectiveOrder(model)), limit == null ? DEFAULT_LIMIT : limit, cursor(model));
    }

    private String order(TeamModel model) {
        TeamModel.Cursor cursor = cursor(model);
        if (cursor == null || scope == Scope.OWN) {
            return order;
        }
        boolean flip = scope == Scope.CHANGED && (kind == ListKind.SECRETS || order != null);
        return flip ? ("asc".equals(cursor.order()) ? "desc" : "asc") : cursor.order();
    }

    private String role(TeamModel model) {
        TeamModel.Cursor cursor = cursor(model);
        // Only members have roles: a secrets list asked for with a members cursor keeps none.
        if (cursor == null || scope == Scope.OWN || kind != ListKind.MEMBERS) {
            return role;
        }
        boolean change = scope == Scope.CHANGED && order == null;
        return change ? (cursor.role() == null ? "member" : null) : cursor.role();
    }

    /** The spec's default order is newest first: {@code order=desc} and no order are the same list. */
    private String effectiveOrder(TeamModel model) {
        return order(model) == null ? "desc" : order(model);
    }

    private TeamModel.Cursor cursor(TeamModel model) {
        List<TeamModel.Cursor> cursors = model.cursors.stream().filter(cursor -> anyList || cursor.kind() == kind).toList();
        if (cursorRef == NO_CURSOR || cursors.isEmpty()) {
            return null;
        }
        return cursors.get(cursorRef == LATEST_CURSOR ? cursors.size() - 1 : cursorRef % cursors.size());
    }
}
