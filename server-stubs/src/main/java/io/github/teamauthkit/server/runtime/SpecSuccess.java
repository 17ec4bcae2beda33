package io.github.teamauthkit.server.runtime;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The success response the spec documents for an operation. Emitted by the generator on every
 * interface method; {@link SpecOperationFeature} makes the HTTP response follow it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface SpecSuccess {

    /**
     * The spec's 2xx status, e.g. 201 for a create.
     *
     * @return the status code
     */
    int status();

    /**
     * Whether the spec allows a {@code null} body, which is then sent as the JSON literal {@code null}.
     *
     * @return true when the response schema is nullable
     */
    boolean nullable() default false;
}
