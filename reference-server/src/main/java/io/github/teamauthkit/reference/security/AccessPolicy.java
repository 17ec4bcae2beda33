package io.github.teamauthkit.reference.security;

import io.github.teamauthkit.reference.store.KeyHolder;
import java.util.List;
import java.util.Set;

/**
 * Who may call what under {@code /teams/{teamId}/...}: any member may read; only admins may change
 * admin status, remove members and write secrets; a member may remove itself.
 */
final class AccessPolicy {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private AccessPolicy() {
    }

    /**
     * Whether the holder's role allows the request; team scope is checked before this.
     *
     * @param method   the HTTP method
     * @param segments the path below {@code /v1}, e.g. {@code [teams, t1, users, u1]}
     * @param holder   the caller
     */
    static boolean allows(String method, List<String> segments, KeyHolder holder) {
        if (holder.admin() || READS.contains(method) || segments.size() < 3) {
            return true;
        }
        String collection = segments.get(2);
        if ("users".equals(collection) && segments.size() == 4 && "DELETE".equals(method)) {
            return segments.get(3).equals(holder.userId());
        }
        return !"users".equals(collection) && !"secrets".equals(collection);
    }
}
