package io.github.teamauthkit.testserver;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the Team &amp; Auth reference server in-process for a test class: a free loopback port, an
 * in-memory database, one seeded team with an admin and a member, and a second team. Test methods
 * (and constructors, and lifecycle methods) receive a {@link TestTeam}, a {@code TeamAuthClient}
 * authenticated as the team's admin, or the server's {@code Faults}, whose rules last until the
 * test ends.
 *
 * <pre>{@code
 * @TeamAuthTestServer
 * class SecretSyncTest {
 *     @Test
 *     void copiesTheToken(TestTeam team) {
 *         new SecretSync(team.adminClient(), team.id()).copy("HF_TOKEN", "hf_value");
 *         assertThat(team.adminClient().secrets(team.id()).get("HF_TOKEN").getName()).isEqualTo("HF_TOKEN");
 *     }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(TeamAuthTestServerExtension.class)
public @interface TeamAuthTestServer {

    /**
     * Whether every test method gets a server of its own (empty of what earlier tests created),
     * rather than one server for the whole class.
     *
     * @return true for a fresh server per test
     */
    boolean freshPerTest() default false;
}
