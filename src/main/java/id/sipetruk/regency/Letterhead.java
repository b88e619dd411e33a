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
import java.util.List;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** The letterhead lines of /pengaturan: at most {@link #lines} non-blank lines of {@link #lineLength} characters. */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Letterhead.Check.class)
public @interface Letterhead {

    int lines();

    int lineLength();

    String label() default "Kop surat";

    String message() default "{settings.letterhead.lines}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<Letterhead, String> {

        private Letterhead letterhead;

        @Override
        public void initialize(Letterhead annotation) {
            this.letterhead = annotation;
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            List<String> lines = RegencySettingsForm.linesOf(value);
            HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
            if (lines.size() > letterhead.lines()) {
                hibernate.addMessageParameter("count", lines.size());
                return SettingsText.Check.refuse(context, "{settings.letterhead.lines}");
            }
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.indexOf('\0') >= 0 || PrintableText.firstUnprintable(line).isPresent()) {
                    return SettingsText.Check.refuse(context, "{settings.unprintable}");
                }
                if (line.length() > letterhead.lineLength()) {
                    hibernate.addMessageParameter("line", i + 1);
                    return SettingsText.Check.refuse(context, "{settings.letterhead.lineLength}");
                }
            }
            return true;
        }
    }
}
