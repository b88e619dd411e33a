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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * A text of the documents' wording: one to {@link #maxLines} lines of at most {@link #lineLength} characters each,
 * printable, and with no placeholder but {@link Wording#PLACEHOLDERS}.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = WordingText.Check.class)
public @interface WordingText {

    String label();

    int maxLines();

    int lineLength();

    String message() default "{settings.required}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<WordingText, String> {

        private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}]*}|[{}]");

        private WordingText text;

        @Override
        public void initialize(WordingText annotation) {
            this.text = annotation;
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            List<String> lines = Wording.lines(value);
            HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
            if (lines.isEmpty()) {
                return SettingsText.Check.refuse(context, "{settings.required}");
            }
            if (lines.size() > text.maxLines()) {
                hibernate.addMessageParameter("count", lines.size());
                return SettingsText.Check.refuse(context, "{wording.lines}");
            }
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.indexOf('\0') >= 0 || PrintableText.firstUnprintable(line).isPresent()) {
                    return SettingsText.Check.refuse(context, "{settings.unprintable}");
                }
                if (line.length() > text.lineLength()) {
                    hibernate.addMessageParameter("line", i + 1);
                    return SettingsText.Check.refuse(context, "{wording.lineLength}");
                }
                Matcher placeholder = PLACEHOLDER.matcher(line);
                while (placeholder.find()) {
                    if (!Wording.PLACEHOLDERS.contains(placeholder.group())) {
                        hibernate.addMessageParameter("unknown", placeholder.group());
                        hibernate.addMessageParameter("known", String.join(", ", Wording.PLACEHOLDERS));
                        return SettingsText.Check.refuse(context, "{wording.placeholder}");
                    }
                }
            }
            return true;
        }
    }
}
