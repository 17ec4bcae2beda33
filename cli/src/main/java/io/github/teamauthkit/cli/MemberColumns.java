package io.github.teamauthkit.cli;

import io.github.teamauthkit.client.model.TeamMember;

/** How members look in a table. */
final class MemberColumns {

    static final Columns<TeamMember> COLUMNS = new Columns<TeamMember>()
            .column("id", "USER ID", m -> m.getUser() == null ? null : m.getUser().getId())
            .column("email", "EMAIL", m -> m.getUser() == null ? null : m.getUser().getEmail())
            .column("isAdmin", "ADMIN", TeamMember::getIsAdmin)
            .column("isOwner", "OWNER", TeamMember::getIsOwner)
            .extra("firstName", "FIRST NAME", m -> m.getUser() == null ? null : m.getUser().getFirstName())
            .extra("lastName", "LAST NAME", m -> m.getUser() == null ? null : m.getUser().getLastName())
            .extra("dtConfirmed", "JOINED", TeamMember::getDtConfirmed);

    private MemberColumns() {
    }
}
