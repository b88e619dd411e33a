package id.sipetruk.process;

import id.sipetruk.common.PrintableText;
import id.sipetruk.common.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Reads what a form (or a REST client, which bypasses the form) submitted and checks it again on the
 * server. Each failure names the field as the person saw it, in Bahasa Indonesia.
 */
public final class FormValues {

    /** Longer than any number a form can mean ("100.00" has 6 characters); refused before it is parsed. */
    private static final int MAX_NUMBER_LENGTH = 30;

    private final Function<String, Object> source;

    public FormValues(Function<String, Object> source) {
        this.source = source;
    }

    public Object raw(String name) {
        return source.apply(name);
    }

    public String requiredText(String name, String label, int maxLength) {
        String text = optionalText(name, label, maxLength);
        if (text == null) {
            throw new ValidationException("field.required", label);
        }
        return text;
    }

    public String optionalText(String name, String label, int maxLength) {
        Object value = raw(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        String text = value.toString().trim();
        if (text.length() > maxLength) {
            throw new ValidationException("field.tooLong", label, maxLength);
        }
        Optional<String> unprintable = PrintableText.firstUnprintable(text);
        if (unprintable.isPresent()) {
            throw new ValidationException("field.unprintable", label, unprintable.get(),
                    "U+%04X".formatted(unprintable.get().codePointAt(0)));
        }
        return text;
    }

    public int requiredInt(String name, String label, int min, int max) {
        BigDecimal number = requiredDecimal(name, label, BigDecimal.valueOf(min), BigDecimal.valueOf(max), 0);
        return number.intValueExact();
    }

    /**
     * A number between {@code min} and {@code max} with at most {@code maxDecimals} digits after the decimal point:
     * the precision it is stored with, so that the value scored, stored and printed is the value typed.
     */
    public BigDecimal requiredDecimal(String name, String label, BigDecimal min, BigDecimal max, int maxDecimals) {
        Object value = raw(name);
        if (value == null || value.toString().isBlank()) {
            throw new ValidationException("field.required", label);
        }
        String text = value.toString().trim().replace(',', '.');
        BigDecimal number;
        try {
            if (text.length() > MAX_NUMBER_LENGTH) {
                throw new NumberFormatException(text.length() + " characters");
            }
            number = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new ValidationException("field.number", label);
        }
        if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
            throw new ValidationException("field.range", label, min.toPlainString(), max.toPlainString());
        }
        if (number.stripTrailingZeros().scale() > maxDecimals) {
            throw maxDecimals == 0 ? new ValidationException("field.wholeNumber", label)
                    : new ValidationException("field.decimals", label, maxDecimals);
        }
        return number;
    }

    public <E extends Enum<E>> E requiredEnum(String name, String label, Class<E> type) {
        String text = requiredText(name, label, 100);
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("field.option", label, text, join(Arrays.asList(type.getEnumConstants())));
        }
    }

    /** The option chosen, or the default when the field was not sent (a client that predates the field). */
    public <E extends Enum<E>> E optionalEnum(String name, String label, Class<E> type, E fallback) {
        Object value = raw(name);
        return value == null || value.toString().isBlank() ? fallback : requiredEnum(name, label, type);
    }

    public boolean flag(String name) {
        Object value = raw(name);
        return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
    }

    /** A datetime form field sends "2026-11-23T12:00"; a REST client may send a Date. */
    public LocalDateTime requiredDateTime(String name, String label, java.time.ZoneId zone) {
        Object value = raw(name);
        if (value == null || value.toString().isBlank()) {
            throw new ValidationException("field.required", label);
        }
        if (value instanceof Date date) {
            return LocalDateTime.ofInstant(date.toInstant(), zone);
        }
        String text = value.toString().trim();
        try {
            if (text.endsWith("Z") || text.matches(".*[+-]\\d{2}:?\\d{2}$")) {
                return LocalDateTime.ofInstant(java.time.OffsetDateTime.parse(text).toInstant(), zone);
            }
            return LocalDateTime.parse(text.length() == 16 ? text + ":00" : text);
        } catch (DateTimeParseException e) {
            throw new ValidationException("field.dateTime", label);
        }
    }

    public LocalDate requiredDate(String name, String label) {
        Object value = raw(name);
        if (value == null || value.toString().isBlank()) {
            throw new ValidationException("field.required", label);
        }
        try {
            String text = value.toString().trim();
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new ValidationException("field.date", label);
        }
    }

    /**
     * A list field: a checklist or taglist sends a JSON array (a Spin node); a REST client may send a
     * Java list or one text with items separated by commas, semicolons or line breaks.
     */
    public List<String> list(String name) {
        Object value = raw(name);
        List<String> items = new ArrayList<>();
        if (value instanceof SpinJsonNode node) {
            if (node.isArray()) {
                node.elements().forEach(element -> items.add(element.isString() ? element.stringValue() : element.toString()));
            } else if (node.isString()) {
                items.addAll(split(node.stringValue()));
            }
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(element -> items.add(String.valueOf(element)));
        } else if (value != null) {
            String text = value.toString().trim();
            if (text.startsWith("[")) {
                org.camunda.spin.Spin.JSON(text).elements().forEach(element -> items.add(element.stringValue()));
            } else {
                items.addAll(split(text));
            }
        }
        return items.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> split(String text) {
        return Arrays.asList(text.split("[,;\\n\\r]+"));
    }

    private static String join(Collection<?> options) {
        return String.join(", ", options.stream().map(String::valueOf).toList());
    }
}
