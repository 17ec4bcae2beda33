package io.github.teamauthkit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class BackgroundLogHandlerTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final BackgroundLogHandler handler = new BackgroundLogHandler(new PrintStream(bytes, false, StandardCharsets.UTF_8), 4);

    BackgroundLogHandlerTest() {
        handler.setFormatter(new Formatter() {
            @Override
            public String format(LogRecord record) {
                return record.getMessage() + "\n";
            }
        });
    }

    @Test
    void everyLineFromEveryThreadIsWrittenByCloseEvenWhenTheQueueIsTiny() throws Exception {
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            String prefix = "thread" + t + "-";
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 2_000; i++) {
                    handler.publish(new LogRecord(Level.INFO, prefix + i));
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join(30_000);
        }
        handler.close();

        List<String> lines = written();
        assertThat(lines).hasSize(8_000).doesNotHaveDuplicates();
        for (int t = 0; t < 4; t++) {
            String prefix = "thread" + t + "-";
            assertThat(lines.stream().filter(line -> line.startsWith(prefix)).map(line -> line.substring(prefix.length()))
                    .mapToInt(Integer::parseInt).toArray()).as("one thread's lines keep their order").isSorted();
        }
    }

    @Test
    void linesAfterCloseAreWrittenDirectly() {
        handler.close();
        handler.publish(new LogRecord(Level.INFO, "late"));
        assertThat(written()).containsExactly("late");
    }

    @Test
    void recordsBelowTheLevelAreDropped() {
        handler.setLevel(Level.WARNING);
        handler.publish(new LogRecord(Level.INFO, "quiet"));
        handler.publish(new LogRecord(Level.WARNING, "loud"));
        handler.close();
        assertThat(written()).containsExactly("loud");
    }

    private List<String> written() {
        String text = bytes.toString(StandardCharsets.UTF_8);
        return text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }
}
