package io.github.teamauthkit.server.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Generated sources import only what they use: the generator's templates import whatever any model
 * or API might need, and the build removes the rest after generation.
 */
class GeneratedImportsTest {

    private static final Pattern IMPORT = Pattern.compile("(?m)^import (?:static )?([\\w.]+)\\.(\\w+);\\R");

    /** This module's generated sources, always there when its tests run. The client's: {@link ClientRegenerationTest}. */
    @Test
    void everyImportIsUsed() throws IOException {
        Path generated = Path.of("target/generated-sources/openapi").toAbsolutePath();
        assertThat(generated).as("the server stubs' generated sources").isDirectory();
        assertThat(unusedIn(generated)).as("unused imports in %s", generated).isEmpty();
    }

    /** The unused imports of every generated Java file under a directory, as "file: import". */
    static List<String> unusedIn(Path generated) throws IOException {
        List<String> unused = new ArrayList<>();
        try (Stream<Path> files = Files.walk(generated)) {
            files.filter(file -> file.toString().endsWith(".java"))
                    .forEach(file -> unused.addAll(unusedImports(generated.relativize(file), read(file))));
        }
        return unused;
    }

    static List<String> unusedImports(Path file, String source) {
        String body = IMPORT.matcher(source).replaceAll("");
        List<String> unused = new ArrayList<>();
        Matcher imports = IMPORT.matcher(source);
        while (imports.find()) {
            String simpleName = imports.group(2);
            if (!Pattern.compile("\\b" + simpleName + "\\b").matcher(body).find()) {
                unused.add(file + ": " + imports.group(1) + "." + simpleName);
            }
        }
        return unused;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
