package io.github.teamauthkit.server.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.teamauthkit.server.model.MemberUser;
import io.github.teamauthkit.server.model.User;
import org.junit.jupiter.api.Test;

/** A required field is written even when null (the spec's required-and-nullable names); an optional null one is left out. */
class RequiredFieldsAreWrittenTest {

    @Test
    void requiredNullsAreWrittenOptionalNullsAreNot() throws Exception {
        String user = SpecObjectMapperResolver.create().writeValueAsString(new User().id("user-alice").email("a@acme.test"));
        String member = SpecObjectMapperResolver.create().writeValueAsString(new MemberUser().id("user-bob").email("b@acme.test"));

        assertThat(user).contains("\"firstName\":null").contains("\"lastName\":null").doesNotContain("preferences");
        assertThat(member).isEqualTo("{\"id\":\"user-bob\",\"email\":\"b@acme.test\"}");
    }
}
