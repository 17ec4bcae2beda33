package io.github.teamauthkit.reference.impl;

import io.github.teamauthkit.reference.security.PageCursors;
import io.github.teamauthkit.reference.store.PageRequest;
import io.github.teamauthkit.reference.store.PageRequest.Position;
import io.github.teamauthkit.server.model.SortOrder;
import java.util.function.Function;

/** A paged list's parameters as a {@link PageRequest}, and a read page's {@code nextPage} cursor. */
final class Paging {

    /** The spec's default page size, for callers that bypass the Jakarta REST defaults. */
    private static final int DEFAULT_LIMIT = 20;

    private final PageCursors cursors;

    Paging(PageCursors cursors) {
        this.cursors = cursors;
    }

    static PageCursors.Scope scope(String list, String teamId, SortOrder order, String role) {
        return new PageCursors.Scope(list, teamId, String.valueOf(order == null ? SortOrder.DESC : order), role);
    }

    PageRequest request(PageCursors.Scope scope, String after, Integer limit) {
        Position position = after == null ? null : cursors.read(after, scope);
        return new PageRequest(SortOrder.ASC.toString().equals(scope.order()), position, limit == null ? DEFAULT_LIMIT : limit);
    }

    <R> String next(PageCursors.Scope scope, PageRequest.Slice<R> slice, Function<R, Position> position) {
        return slice.hasMore() ? cursors.issue(scope, position.apply(slice.items().get(slice.items().size() - 1))) : null;
    }
}
