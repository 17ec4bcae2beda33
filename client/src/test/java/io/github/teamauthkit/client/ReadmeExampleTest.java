package io.github.teamauthkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's client example compiles against this jar, as a user would paste it. */
class ReadmeExampleTest {

    @TempDir
    Path dir;

    @Test
    void theReadmeExampleCompiles() throws Exception {
        String readme = Files.readString(Path.of("").toAbsolutePath().getParent().resolve("README.md"));
        Matcher example = Pattern.compile("(?s)## Using the client.*?```java\\n(.*?)```").matcher(readme);
        assertThat(example.find()).as("a java block under '## Using the client'").isTrue();
        Path source = Files.writeString(dir.resolve("Example.java"), example.group(1));
        assertThat(example.group(1).lines().count()).as("a short example").isLessThanOrEqualTo(16);

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter errors = new StringWriter();
        boolean compiled = javac.getTask(errors, null, null,
                List.of("-d", dir.toString(), "-cp", System.getProperty("java.class.path")), null,
                javac.getStandardFileManager(null, null, null).getJavaFileObjects(source)).call();

        assertThat(compiled).as("javac output:%n%s", errors).isTrue();
        assertThat(dir.resolve("Example.class")).exists();
    }
}
