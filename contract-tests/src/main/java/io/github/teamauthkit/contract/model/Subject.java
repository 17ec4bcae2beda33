package io.github.teamauthkit.contract.model;

/** The member a membership request is about, resolved against the model when the request is sent. */
enum Subject {
    ADMIN, MEMBER, DISPOSABLE, OWNER, OTHER_TEAMS_USER, NOBODY;

    /** A user id no team has. */
    static final String UNKNOWN_USER = "contract-kit-no-such-user";

    String userId(TeamModel model) {
        String id = switch (this) {
            case ADMIN -> model.users.get(Caller.ADMIN);
            case MEMBER -> model.users.get(Caller.MEMBER);
            case DISPOSABLE -> model.users.get(Caller.DISPOSABLE);
            case OTHER_TEAMS_USER -> model.users.get(Caller.OTHER_TEAM);
            case OWNER -> model.members.values().stream().filter(TeamModel.Member::owner).map(TeamModel.Member::userId)
                    .findFirst().orElse(null);
            case NOBODY -> null;
        };
        return id == null ? UNKNOWN_USER : id;
    }
}
