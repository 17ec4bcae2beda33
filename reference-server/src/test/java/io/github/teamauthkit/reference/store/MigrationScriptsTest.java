package io.github.teamauthkit.reference.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;

/** An in-memory database is made without Flyway ({@link Database#inMemory()}), yet must be the database Flyway makes. */
class MigrationScriptsTest {

    @Test
    void theListHoldsEveryScriptFlywayFindsInItsOrder() {
        Flyway flyway = Flyway.configure().dataSource("jdbc:h2:mem:scripts-" + UUID.randomUUID(), "sa", "").load();
        List<String> found = Arrays.stream(flyway.info().all()).map(MigrationInfo::getScript).toList();
        assertThat(MigrationScripts.IN_ORDER).containsExactlyElementsOf(found);
    }

    @Test
    void anInMemoryDatabaseHasTheSchemaFlywayMakesAndNoMigrationHistory() {
        String flywayUrl = "jdbc:h2:mem:flyway-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (Database migrated = Database.open(flywayUrl, "sa", ""); Database inMemory = Database.inMemory()) {
            List<String> flywaySchema = migrated.read(MigrationScriptsTest::schema);
            assertThat(flywaySchema).as("the tables Flyway made").anyMatch(line -> line.contains("flyway_schema_history"));
            assertThat(inMemory.read(MigrationScriptsTest::schema))
                    .containsExactlyElementsOf(flywaySchema.stream().filter(line -> !line.contains("flyway_schema_history")).toList());
            assertThat(inMemory.read(AuthEpoch::current)).as("the migrations' auth_epoch row, made random").isNotZero();
        }
    }

    @Test
    void closingAnInMemoryDatabaseDropsIt() throws SQLException {
        Database database = Database.inMemory();
        // H2 answers the name upper-cased; the one made by inMemory() is lower-case letters, digits and dashes.
        String name = database.read(connection -> Jdbc.one(connection, "SELECT DATABASE()", row -> row.getString(1)).orElseThrow())
                .toLowerCase(Locale.ROOT);
        try (Connection open = DriverManager.getConnection("jdbc:h2:mem:" + name + ";IFEXISTS=TRUE", "sa", "")) {
            assertThat(open.isValid(1)).as("the database, found by its name while open").isTrue();
        }
        database.close();
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:h2:mem:" + name + ";IFEXISTS=TRUE", "sa", "").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("not found");
    }

    /** The statements that would make the database's schema, without its rows. */
    private static List<String> schema(Connection connection) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (ResultSet script = connection.createStatement().executeQuery("SCRIPT NODATA NOPASSWORDS NOSETTINGS")) {
            while (script.next()) {
                lines.add(script.getString(1));
            }
        }
        return lines;
    }
}
