package io.github.teamauthkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The kit waits for events, never for time: a sleep makes every run slower on a fast server and flaky on a slow one
 * (the kit's run is one of the start-up figures in BENCHMARKS.md).
 */
class NoSleepTest {

    private static final Pattern SLEEP = Pattern.compile("\\b(sleep|parkNanos)\\s*\\(");

    @Test
    void noCheckOrHelperOfTheKitSleeps() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            List<String> sleeping = files.filter(file -> file.toString().endsWith(".java"))
                    .flatMap(NoSleepTest::sleepingLines).toList();
            assertThat(sleeping).as("lines of the kit that sleep").isEmpty();
        }
    }

    private static Stream<String> sleepingLines(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return IntStream.range(0, lines.size()).filter(i -> SLEEP.matcher(lines.get(i)).find())
                    .mapToObj(i -> file + ":" + (i + 1) + ": " + lines.get(i).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
