package io.github.teamauthkit.reference;

import io.github.teamauthkit.reference.store.Database;
import java.nio.file.Path;

/** The paging rules on the default engine, H2 in a data directory. */
class EmbeddedPagingRulesTest extends PagingRulesSuite {

    @Override
    Database openDatabase(Path dataDir) throws Exception {
        return Database.embedded(dataDir);
    }
}
