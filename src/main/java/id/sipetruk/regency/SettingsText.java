package id.sipetruk.regency;

import id.sipetruk.common.PrintableText;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text of /pengaturan that the documents print: filled in (unless optional), at most {@link #max} characters, and
 * printable in the documents' fonts (no emoji, Arabic script or control characters).
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SettingsText.Check.class)
public @interface SettingsText {

    /** The field's name as the page shows it, quoted in the message. */
    String label();

    int max();

    boolean required() default true;

    String message() default "{settings.required}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<SettingsText, String> {

        private SettingsText text;

        @Override
        public void initialize(SettingsText annotation) {
            this.text = annotation;
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return !text.required() || refuse(context, "{settings.required}");
            }
            if (value.strip().length() > text.max()) {
                return refuse(context, "{settings.tooLong}");
            }
            if (value.indexOf('\0') >= 0 || PrintableText.firstUnprintable(value).isPresent()) {
                return refuse(context, "{settings.unprintable}");
            }
            return true;
        }

        static boolean refuse(ConstraintValidatorContext context, String template) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(template).addConstraintViolation();
            return false;
        }
    }
}
