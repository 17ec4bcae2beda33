package io.github.teamauthkit.reference;

import io.github.teamauthkit.reference.store.Database;
import java.nio.file.Path;

/** The paging rules on PostgreSQL, a real server. */
class PostgresPagingRulesTest extends PagingRulesSuite {

    @Override
    Database openDatabase(Path dataDir) throws Exception {
        return Database.open(LocalPostgres.get().newDatabase(), LocalPostgres.USER, "");
    }
}
