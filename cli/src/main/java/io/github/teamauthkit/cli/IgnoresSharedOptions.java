package io.github.teamauthkit.cli;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The root's shared options (declared once, inherited by every subcommand) that this command has no use for:
 * {@link PaperspaceMain} removes them from its model, so its help does not offer them and giving one is a usage
 * error instead of being silently ignored.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface IgnoresSharedOptions {

    /** The options' longest names, e.g. {@code "--api-url"}. */
    String[] value();
}
