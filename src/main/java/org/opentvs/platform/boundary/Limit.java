package org.opentvs.platform.boundary;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.opentvs.platform.control.FieldLimit;

/**
 * A text no longer than the column it is stored in ({@link FieldLimit}), so an overlong field is a
 * 422 that names it and never a database error: {@code @Limit(FieldLimit.FAMILY_NAME) String familyName}.
 * Texts without a column of their own give the length: {@code @Limit(chars = 1000)}.
 */
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = Limit.Check.class)
public @interface Limit {

    FieldLimit value() default FieldLimit.REASON;

    /** A length of its own; when set (above 0) it is used instead of {@link #value()}. */
    int chars() default 0;

    String message() default "may have at most {max} characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the length against the limit and names it in the message. */
    class Check implements ConstraintValidator<Limit, CharSequence> {

        private int max;

        @Override
        public void initialize(Limit limit) {
            max = limit.chars() > 0 ? limit.chars() : limit.value().maxLength();
        }

        @Override
        public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
            if (text == null || text.length() <= max) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("may have at most " + max + " characters").addConstraintViolation();
            return false;
        }
    }
}
