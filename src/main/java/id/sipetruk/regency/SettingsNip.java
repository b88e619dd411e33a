package id.sipetruk.regency;

import id.sipetruk.common.ValidationException;
import id.sipetruk.organization.Nip;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** A signatory's NIP on /pengaturan: a valid NIP ({@link Nip}), or empty when optional. */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SettingsNip.Check.class)
public @interface SettingsNip {

    String label();

    boolean required() default false;

    String message() default "{settings.required}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<SettingsNip, String> {

        private SettingsNip nip;

        @Override
        public void initialize(SettingsNip annotation) {
            this.nip = annotation;
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return !nip.required() || SettingsText.Check.refuse(context, "{settings.required}");
            }
            try {
                Nip.parse(value);
                return true;
            } catch (ValidationException wrong) {
                // Nip's own message, as typed values may hold braces: passed as a parameter, not as a template
                context.unwrap(HibernateConstraintValidatorContext.class)
                        .addMessageParameter("problem", wrong.getMessage());
                return SettingsText.Check.refuse(context, "{problem}");
            }
        }
    }
}
