package io.github.teamauthkit.contract.model;

/** How a request addresses a team: the spec makes a team's id and its namespace the same address. */
enum TeamRef {
    ID, NAMESPACE, OTHER_TEAM;

    /** The path segment: this team's id or namespace, or the other team's id. */
    String segment(TeamModel model) {
        return switch (this) {
            case ID -> model.teamId;
            case NAMESPACE -> model.namespace;
            case OTHER_TEAM -> model.otherTeamId;
        };
    }
}
