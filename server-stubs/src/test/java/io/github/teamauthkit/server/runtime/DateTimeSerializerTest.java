package io.github.teamauthkit.server.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DateTimeSerializerTest {

    private final ObjectMapper spec = SpecObjectMapperResolver.create();
    /** What the spec's mapping wrote before it had a serializer of its own. */
    private final ObjectMapper javaTimeModule = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    @Test
    void theSpecMappingWritesDateTimesWithItsOwnSerializer() throws Exception {
        assertThat(spec.getSerializerProviderInstance().findValueSerializer(OffsetDateTime.class)).isInstanceOf(DateTimeSerializer.class);
        assertThat(spec.writeValueAsString(OffsetDateTime.parse("2026-11-29T16:21:48.024+01:00"))).isEqualTo("\"2026-11-29T16:21:48.024+01:00\"");
    }

    @Test
    void itWritesWhatTheJavaTimeModuleWrites() throws Exception {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        List<OffsetDateTime> values = new ArrayList<>(List.of(OffsetDateTime.parse("0000-01-01T00:00:00Z"),
                OffsetDateTime.parse("9999-12-31T23:59:59.999999999Z"), OffsetDateTime.parse("0000-01-01T00:00:00+01:00"),
                OffsetDateTime.parse("+10000-01-01T00:00:00Z"), OffsetDateTime.parse("2026-11-29T15:21:48.100Z"),
                OffsetDateTime.parse("2026-11-29T15:21:48.000001Z")));
        int[] fractionSteps = {1, 1_000, 1_000_000, 100_000_000};
        for (int i = 0; i < 5_000; i++) {
            int nano = random.nextInt(1_000_000_000 / fractionSteps[i % 4]) * fractionSteps[i % 4] * (i % 5 == 0 ? 0 : 1);
            ZoneOffset offset = ZoneOffset.ofTotalSeconds(random.nextInt(2 * 18 * 3600 + 1) - 18 * 3600);
            long second = random.nextLong(-62_167_219_200L - 100_000, 253_402_300_800L + 100_000);
            values.add(OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(second, nano), offset));
        }
        for (OffsetDateTime value : values) {
            assertThat(spec.writeValueAsString(value)).as("%s (seed %d)", value, seed).isEqualTo(javaTimeModule.writeValueAsString(value));
        }
    }
}
