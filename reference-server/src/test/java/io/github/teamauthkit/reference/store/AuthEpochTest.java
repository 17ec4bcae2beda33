package io.github.teamauthkit.reference.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Cached key lookups are trusted while the stamp they were read at is current, so no two states may share one. */
class AuthEpochTest {

    @Test
    void everyNewDatabaseAndEveryChangeGetAStampOfTheirOwn() {
        try (Database first = Database.inMemory(); Database second = migratedByFlyway()) {
            long firstStamp = first.read(AuthEpoch::current);
            assertThat(firstStamp).as("a new database's stamp").isNotZero().isNotEqualTo(second.read(AuthEpoch::current));
            first.transaction(connection -> {
                AuthEpoch.advance(connection);
                return null;
            });
            assertThat(first.read(AuthEpoch::current)).isNotEqualTo(firstStamp);
        }
    }

    private static Database migratedByFlyway() {
        return Database.open("jdbc:h2:mem:epoch-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }
}
