package io.github.teamauthkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Users put this jar on their class path: it must bring Jackson and nothing else. */
class RuntimeDependenciesTest {

    @Test
    void runtimeClassPathIsJacksonOnly() throws Exception {
        String classPath = Files.readString(Path.of("target/runtime-classpath.txt")).trim();
        List<String> jars = Arrays.stream(classPath.split(File.pathSeparator)).map(p -> Path.of(p).getFileName().toString()).toList();

        assertThat(jars).isNotEmpty().allSatisfy(jar -> assertThat(jar).startsWith("jackson-"));
        assertThat(jars).anySatisfy(jar -> assertThat(jar).startsWith("jackson-datatype-jsr310"));
    }
}
