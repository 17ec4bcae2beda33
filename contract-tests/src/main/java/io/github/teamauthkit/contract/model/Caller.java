package io.github.teamauthkit.contract.model;

import io.github.teamauthkit.contract.ContractTarget;

/** Who sends a request of a sequence: one of the keys the run was given, or nobody. */
enum Caller {
    ADMIN("adminKey"), MEMBER("memberKey"), DISPOSABLE("disposableMemberKey"), OTHER_TEAM("otherTeamKey"), ANONYMOUS(null);

    private final String input;

    Caller(String input) {
        this.input = input;
    }

    /** The key, or null for nobody and for a key the run was not given. */
    String key(ContractTarget target) {
        return switch (this) {
            case ADMIN -> target.adminKey();
            case MEMBER -> target.memberKey();
            case DISPOSABLE -> target.disposableMemberKey();
            case OTHER_TEAM -> target.otherTeamKey();
            case ANONYMOUS -> null;
        };
    }

    /** As a transcript names the caller: by the variable that holds its key, never the key. */
    String shown() {
        return input == null ? "without a key" : "as $" + ContractTarget.environmentVariable(ContractTarget.PREFIX + input);
    }
}
