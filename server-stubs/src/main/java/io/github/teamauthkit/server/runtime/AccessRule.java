package io.github.teamauthkit.server.runtime;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call an operation, from the spec's {@code x-access}. Emitted by the generator on every
 * interface method. A server authorizes the operation its router dispatched by this rule and the
 * path parameters as the resource receives them; it denies an operation that carries none.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AccessRule {

    /**
     * The least role that may call the operation.
     *
     * @return the role
     */
    Role role();

    /**
     * The path parameter holding the team whose keys may call the operation; empty for {@link Role#ANYONE}.
     *
     * @return the parameter name
     */
    String team() default "";

    /**
     * A path parameter holding a user id: a member whose own id it is may call the operation
     * whatever {@link #role()} says. Empty when there is no such exception.
     *
     * @return the parameter name, or empty
     */
    String self() default "";

    /** The roles of the spec's {@code x-access.role}, weakest first. */
    enum Role {
        /** No credentials needed; a presented key must still be valid. */
        ANYONE,
        /** Any member of the team. */
        MEMBER,
        /** An admin of the team. */
        ADMIN
    }
}
