package id.sipetruk.regency;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The decree number pattern: holds {seq} and {year}, and no other braces. */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = DecreeNumberPattern.Check.class)
public @interface DecreeNumberPattern {

    String message() default "{settings.pattern.placeholders}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<DecreeNumberPattern, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true; // @SettingsText says it is required
            }
            String pattern = value.strip();
            if (!pattern.contains("{seq}") || !pattern.contains("{year}")) {
                return SettingsText.Check.refuse(context, "{settings.pattern.placeholders}");
            }
            if (pattern.replace("{seq}", "").replace("{year}", "").matches(".*[{}].*")) {
                return SettingsText.Check.refuse(context, "{settings.pattern.unknown}");
            }
            return true;
        }
    }
}
