package io.github.teamauthkit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.teamauthkit.reference.store.Database;
import io.github.teamauthkit.reference.store.MemberRecord;
import io.github.teamauthkit.reference.store.MemberStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Operators mint and revoke keys with {@code admin} commands on a stopped server's data directory. */
class AdminCommandTest {

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
    }

    @Test
    void mintedKeysWorkAndRevokedKeysStopWorking() throws Exception {
        Run team = admin("create-team", "--id", "team-zeta", "--name", "Zeta", "--namespace", "zeta");
        assertThat(team.exitCode()).as(team.err()).isZero();
        assertThat(admin("add-member", "--team", "team-zeta", "--user", "user-zed", "--email", "zed@zeta.test", "--admin")
                .exitCode()).isZero();
        assertThat(admin("add-member", "--team", "team-zeta", "--user", "user-yan", "--email", "yan@zeta.test").exitCode()).isZero();
        Run minted = admin("create-key", "--team", "team-zeta", "--user", "user-yan");
        String key = minted.out().strip();
        assertThat(minted.exitCode()).isZero();
        assertThat(key).startsWith("ps_");
        assertThat(minted.err()).doesNotContain(key);

        try (TestServer server = TestServer.start(Database.embedded(dir), dir, 1000)) {
            assertThat(server.api().get("/auth/session", key).json().at("/user/id").asText()).isEqualTo("user-yan");
        }

        Run listed = admin("list-keys", "--team", "team-zeta");
        assertThat(listed.out()).contains("user-yan").doesNotContain(key);
        String keyId = listed.out().lines().filter(line -> line.contains("user-yan")).findFirst().orElseThrow().split("\\s+")[0];
        assertThat(admin("revoke-key", keyId).exitCode()).isZero();
        assertThat(admin("list-keys", "--team", "team-zeta").out().lines().filter(line -> line.startsWith(keyId)))
                .singleElement().asString().doesNotEndWith(" -");

        try (TestServer server = TestServer.start(Database.embedded(dir), dir, 1000)) {
            assertThat(server.api().get("/auth/session", key).status()).isEqualTo(401);
        }
    }

    /** As the API's paths and both CLIs do, the admin commands take a team by its id or its namespace. */
    @Test
    void aTeamIsNamedByItsIdOrItsNamespace() {
        admin("create-team", "--id", "team-zeta", "--name", "Zeta", "--namespace", "zeta");

        Run added = admin("add-member", "--team", "zeta", "--user", "user-yan", "--email", "yan@zeta.test");
        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out().strip()).isEqualTo("Member user-yan of team-zeta saved.");
        Run minted = admin("create-key", "--team", "zeta", "--user", "user-yan");
        assertThat(minted.exitCode()).as(minted.err()).isZero();
        assertThat(minted.err()).contains(" for user-yan of team-zeta.");
        assertThat(admin("list-keys", "--team", "team-zeta").out()).contains("user-yan");
        assertThat(admin("list-keys", "--team", "zeta").out()).contains("user-yan");

        assertRefused(admin("list-keys", "--team", "zet"), "No team zet; create it with `admin create-team`.");
        assertRefused(admin("create-key", "--team", "zet", "--user", "user-yan"), "No team zet; create it with `admin create-team`.");
    }

    @Test
    void addMemberKeepsTheRulesTheApiKeeps() throws Exception {
        admin("create-team", "--id", "team-zeta", "--name", "Zeta", "--namespace", "zeta");
        assertThat(admin("add-member", "--team", "team-zeta", "--user", "user-zed", "--email", "zed@zeta.test", "--owner")
                .exitCode()).isZero();
        assertThat(admin("add-member", "--team", "team-zeta", "--user", "user-yan", "--email", "yan@zeta.test", "--admin")
                .exitCode()).isZero();
        admin("create-team", "--id", "team-eta", "--name", "Eta", "--namespace", "eta");
        admin("add-member", "--team", "team-eta", "--user", "user-eve", "--email", "eve@eta.test", "--admin");

        Run again = admin("add-member", "--team", "team-zeta", "--user", "user-zed", "--email", "zed@zeta.test");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertRefused(admin("add-member", "--team", "team-zeta", "--user", "user-yan", "--email", "yan@zeta.test", "--owner"),
                "Team team-zeta already has an owner, user-zed; a team has one owner.");
        assertRefused(admin("add-member", "--team", "team-zeta", "--user", "user-zed", "--email", "zed@zeta.test", "--admin=false"),
                "user-zed is the owner of team-zeta, who stays an admin.");
        assertRefused(admin("add-member", "--team", "team-eta", "--user", "user-eve", "--email", "eve@eta.test", "--admin=false"),
                "user-eve is the last admin of team-eta; make another member an admin first.");
        assertThat(admin("add-member", "--team", "team-zeta", "--user", "user-yan", "--email", "yan@zeta.test", "--admin=false")
                .exitCode()).isZero();

        try (Database database = Database.embedded(dir)) {
            database.read(connection -> {
                assertThat(MemberStore.find(connection, "team-zeta", "user-zed").orElseThrow())
                        .as("roles kept when not asked").extracting(MemberRecord::admin, MemberRecord::owner).containsExactly(true, true);
                assertThat(MemberStore.find(connection, "team-zeta", "user-yan").orElseThrow().admin()).isFalse();
                assertThat(MemberStore.find(connection, "team-eta", "user-eve").orElseThrow().admin()).isTrue();
                return null;
            });
        }
    }

    private static void assertRefused(Run run, String line) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        assertThat(run.err().strip()).isEqualTo(line);
    }

    @Test
    void mistakesGetOneLineAndADistinctExitCode() {
        Run noTeam = admin("add-member", "--team", "team-none", "--user", "u", "--email", "u@x.test");
        assertThat(noTeam.exitCode()).isEqualTo(3);
        assertThat(noTeam.err().strip()).isEqualTo("No team team-none; create it with `admin create-team`.");

        Run noKey = admin("revoke-key", "key_missing");
        assertThat(noKey.exitCode()).isEqualTo(3);
        assertThat(noKey.err().strip()).isEqualTo("No active key key_missing.");

        admin("create-team", "--id", "team-zeta", "--name", "Zeta", "--namespace", "zeta");
        Run taken = admin("create-team", "--id", "team-eta", "--name", "Eta", "--namespace", "team-zeta");
        assertThat(taken.exitCode()).isEqualTo(3);
        assertThat(taken.err().strip()).isEqualTo("team team-eta: the namespace team-zeta is already the id or namespace of team "
                + "team-zeta (ids and namespaces address teams, so they never repeat).");

        Run usage = admin("create-key", "--team", "team-none");
        assertThat(usage.exitCode()).isEqualTo(2);
        assertThat(usage.err()).startsWith("Missing required option: '--user=<user>'");
    }

    private Run admin(String... arguments) {
        String[] args = new String[arguments.length + 2];
        args[0] = "admin";
        args[1] = arguments[0];
        args[2] = "--data-dir=" + dir;
        System.arraycopy(arguments, 1, args, 3, arguments.length - 1);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = ReferenceServerMain.commandLine();
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        int exitCode = command.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }
}
