package io.github.teamauthkit.reference.impl;

import io.github.teamauthkit.reference.store.KeyHolder;
import io.github.teamauthkit.server.runtime.ApiErrorException;
import io.github.teamauthkit.server.runtime.ErrorCode;
import org.jboss.resteasy.core.ResteasyContext;

/**
 * The id of the team a path addresses by its id or its namespace. Every team operation needs a
 * key, and the access filter let the request through only because the path addresses the key's
 * own team: so the key's holder says which team that is, with no lookup. Stores, cursors and
 * encryption contexts all see the id, so both spellings mean the same data.
 */
final class AddressedTeam {

    private AddressedTeam() {
    }

    static String id(String addressed) {
        KeyHolder holder = ResteasyContext.getContextData(KeyHolder.class);
        if (holder == null || !holder.addresses(addressed)) {
            // Only reachable if a resource is deployed without the access filter: refuse rather than guess.
            throw new ApiErrorException(ErrorCode.FORBIDDEN, "The API key belongs to another team.");
        }
        return holder.teamId();
    }
}
