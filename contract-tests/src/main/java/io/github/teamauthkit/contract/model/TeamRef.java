package io.github.teamauthkit.contract.model;

/** How a request addresses a team: the spec makes a team's id and its namespace the same address. */
enum TeamRef {
    ID, NAMESPACE, OTHER_TEAM;

    /** A path below the team: {@code /teams/<segment><rest>}. */
    String path(TeamModel model, String rest) {
        return "/teams/" + segment(model) + rest;
    }

    /** The path segment: this team's id or namespace, or the other team's id. */
    String segment(TeamModel model) {
        return switch (this) {
            case ID -> model.teamId;
            case NAMESPACE -> model.namespace;
            case OTHER_TEAM -> model.otherTeamId;
        };
    }
}
