package io.github.teamauthkit.cli;

import io.github.teamauthkit.client.model.TeamMember;
import java.util.List;

/** How members look in a table. */
final class MemberRows {

    static final List<String> HEADERS = List.of("USER ID", "EMAIL", "ADMIN", "OWNER");

    private MemberRows() {
    }

    static List<List<String>> of(List<TeamMember> members) {
        return members.stream().map(m -> List.of(Printer.text(m.getUserId()), Printer.text(m.getEmail()),
                Printer.text(m.getIsAdmin()), Printer.text(m.getIsOwner()))).toList();
    }
}
