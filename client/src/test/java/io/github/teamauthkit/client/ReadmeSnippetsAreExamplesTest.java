package io.github.teamauthkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every Java snippet of the README is a file of {@code examples/}, named in the comment above it, to the letter:
 * those projects are built and tested against each staged release (.ci/release-rehearsal), so the snippets cannot rot.
 */
class ReadmeSnippetsAreExamplesTest {

    private static final Pattern SNIPPET = Pattern.compile("(?s)(?:<!-- (examples/\\S+) -->\\n)?```java\\n(.*?)```");

    @Test
    void everyJavaSnippetIsTheExampleFileItNames() throws Exception {
        Path repository = Path.of("").toAbsolutePath().getParent();
        Matcher snippet = SNIPPET.matcher(Files.readString(repository.resolve("README.md")));
        int count = 0;
        while (snippet.find()) {
            count++;
            assertThat(snippet.group(1)).as("the example file named above snippet %d", count).isNotNull();
            assertThat(snippet.group(2)).as(snippet.group(1)).isEqualTo(Files.readString(repository.resolve(snippet.group(1))));
        }
        assertThat(count).as("Java snippets in the README").isGreaterThanOrEqualTo(3);
    }
}
