package io.github.teamauthkit.cli;

import io.github.teamauthkit.client.model.TeamMember;
import java.util.List;
import java.util.Map;

/** How members look in a table: every field of the spec's {@code TeamMember}, its user's flattened in. */
final class MemberColumns {

    static final Columns<TeamMember> COLUMNS = ModelColumns.of(TeamMember.class, List.of("id", "email", "isAdmin", "isOwner"),
            Map.of("id", "USER ID", "isAdmin", "ADMIN", "isOwner", "OWNER", "dtConfirmed", "JOINED"));

    private MemberColumns() {
    }
}
