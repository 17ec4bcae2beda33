package io.github.teamauthkit.server.runtime;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A string's {@code minLength}/{@code maxLength} as JSON Schema counts it: in Unicode code points,
 * not Java's UTF-16 units ({@code @Size} would refuse 8,192 emoji as 16,384 "characters"). The
 * generated models and parameters carry it in place of {@code @Size} on strings.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Length.Validator.class)
public @interface Length {

    /** @return the fewest code points allowed */
    int min() default 0;

    /** @return the most code points allowed */
    int max() default Integer.MAX_VALUE;

    /** @return the message, in Bean Validation's {@code @Size} wording */
    String message() default "size must be between {min} and {max}";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Counts code points; null is valid (required-ness is another constraint). */
    final class Validator implements ConstraintValidator<Length, CharSequence> {

        private int min;
        private int max;

        @Override
        public void initialize(Length length) {
            min = length.min();
            max = length.max();
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            int codePoints = Character.codePointCount(value, 0, value.length());
            return codePoints >= min && codePoints <= max;
        }
    }
}
