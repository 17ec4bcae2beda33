package io.github.teamauthkit.reference.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The schema's migration scripts in the order Flyway applies them, for a database made without Flyway
 * ({@link Database#inMemory()}). A new script is added here too: {@code MigrationScriptsTest} fails until it is.
 */
final class MigrationScripts {

    private static final String LOCATION = "db/migration/";
    static final List<String> IN_ORDER = List.of("V1__schema.sql", "V2__owner.sql", "V3__member_joined_at.sql",
            "V4__team_created_at.sql", "V5__master_key_check.sql", "V6__auth_failure.sql", "V7__auth_epoch.sql",
            "V8__team_address.sql");

    private MigrationScripts() {
    }

    /** Runs every script on the connection; H2 takes a script of several statements in one call. */
    static void runAll(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String script : IN_ORDER) {
                statement.execute(read(script));
            }
        }
    }

    private static String read(String script) {
        try (InputStream in = MigrationScripts.class.getClassLoader().getResourceAsStream(LOCATION + script)) {
            if (in == null) {
                throw new IllegalStateException(LOCATION + script + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
