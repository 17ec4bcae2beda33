package io.github.teamauthkit.cli;

import io.github.teamauthkit.client.model.Secret;
import java.util.List;

/** How secrets look in a table: name and creation time; there is no value to show. */
final class SecretRows {

    static final List<String> HEADERS = List.of("NAME", "CREATED");

    private SecretRows() {
    }

    static List<List<String>> of(List<Secret> secrets) {
        return secrets.stream().map(s -> List.of(Printer.text(s.getName()), Printer.text(s.getDtCreated()))).toList();
    }
}
