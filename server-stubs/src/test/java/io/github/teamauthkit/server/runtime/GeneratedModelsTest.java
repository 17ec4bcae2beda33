package io.github.teamauthkit.server.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.teamauthkit.server.model.SecretCreate;
import io.github.teamauthkit.server.model.SecretUpdate;
import org.junit.jupiter.api.Test;

class GeneratedModelsTest {

    private static final String VALUE = "hf_super_secret_value";

    @Test
    void secretValuesPrintAsStars() {
        assertThat(new SecretCreate().name("HF_TOKEN").value(VALUE).toString())
                .contains("HF_TOKEN").contains("value: *").doesNotContain(VALUE);
        assertThat(new SecretUpdate().value(VALUE).toString()).contains("value: *").doesNotContain(VALUE);
    }
}
