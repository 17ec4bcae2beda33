package io.github.teamauthkit.reference.admin;

import io.github.teamauthkit.reference.StorageOptions;
import io.github.teamauthkit.reference.store.Database;
import io.github.teamauthkit.reference.store.MemberRecord;
import io.github.teamauthkit.reference.store.MemberStore;
import io.github.teamauthkit.reference.store.TeamStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code admin add-member}: adds a user to a team, or updates the member. It keeps the rules the API keeps: a
 * member's roles change only when an option asks, a team has at most one owner, the owner stays an admin, and a
 * team never loses its last admin; anything else is refused with one line.
 */
@Command(name = "add-member", mixinStandardHelpOptions = true, description = "Add (or update) a team member.")
final class AddMemberCommand implements Callable<Integer> {

    @Mixin
    TeamAddress team;

    @Option(names = "--user", required = true, description = "User id, e.g. user-bob.")
    String user;

    @Option(names = "--email", required = true, description = "The user's email.")
    String email;

    @Option(names = "--first-name", description = "The user's first name (an existing member's stays when not given).")
    String firstName;

    @Option(names = "--last-name", description = "The user's last name (an existing member's stays when not given).")
    String lastName;

    @Option(names = "--admin", arity = "0..1", paramLabel = "true|false",
            description = "Make the member a team admin, or with =false not one (default: an existing member's stays, a new one is not).")
    Boolean admin;

    @Option(names = "--owner", description = "Make the member the team's owner, who cannot be demoted or removed (implies admin); "
            + "a team has one owner.")
    boolean owner;

    @Mixin
    StorageOptions storage;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        MemberRecord saved;
        try (Database database = storage.open()) {
            saved = database.transaction(this::save);
        } catch (Refused refused) {
            spec.commandLine().getErr().println(refused.getMessage());
            return Refused.EXIT_CODE;
        }
        spec.commandLine().getOut().println("Member " + user + " of " + saved.teamId() + " saved"
                + (saved.owner() ? " as owner." : saved.admin() ? " as admin." : "."));
        return 0;
    }

    private MemberRecord save(Connection connection) throws SQLException {
        String team = this.team.id(connection);
        // The checks below read the team's members: hold them against the API and other operators meanwhile.
        TeamStore.lock(connection, team);
        Optional<MemberRecord> existing = MemberStore.find(connection, team, user);
        boolean wasOwner = existing.map(MemberRecord::owner).orElse(false);
        boolean wasAdmin = existing.map(MemberRecord::admin).orElse(false);
        boolean isOwner = owner || wasOwner;
        boolean isAdmin = isOwner || (admin != null ? admin : wasAdmin);
        if (owner && !wasOwner) {
            Optional<String> current = MemberStore.owner(connection, team);
            if (current.isPresent()) {
                throw new Refused("Team " + team + " already has an owner, " + current.get() + "; a team has one owner.");
            }
        }
        if (Boolean.FALSE.equals(admin) && isOwner) {
            throw new Refused(user + " is the owner of " + team + ", who stays an admin.");
        }
        if (wasAdmin && !isAdmin && MemberStore.admins(connection, team) <= 1) {
            throw new Refused(user + " is the last admin of " + team + "; make another member an admin first.");
        }
        MemberRecord member = new MemberRecord(team, user, email,
                firstName != null ? firstName : existing.map(MemberRecord::firstName).orElse(null),
                lastName != null ? lastName : existing.map(MemberRecord::lastName).orElse(null),
                isAdmin, isOwner, OffsetDateTime.now().truncatedTo(ChronoUnit.MILLIS));
        MemberStore.upsert(connection, member);
        return member;
    }
}
