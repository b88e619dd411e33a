package id.sipetruk.regency;

import id.sipetruk.common.FileSizes;
import id.sipetruk.common.Messages;
import id.sipetruk.organization.Nip;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The regency values the documents print. {@code sipetruk.regency.*} ({@link RegencyProperties}, with the logo
 * from {@code sipetruk.regency.logo} or a {@link DefaultLogo} bean) are the defaults; what BKPSDM stored on
 * /pengaturan ({@link RegencySetting}) replaces them as a whole. The legal basis stays in the configuration.
 */
@Service
@Transactional
public class RegencySettingsService {

    private static final Logger LOG = LoggerFactory.getLogger(RegencySettingsService.class);

    private final RegencySettingRepository settings;
    private final RegencyProperties defaults;
    private final byte[] defaultLogo;
    private final Clock clock;
    private final Validator validator;

    public RegencySettingsService(RegencySettingRepository settings, RegencyProperties defaults,
                                  ObjectProvider<DefaultLogo> defaultLogo, Clock clock, Validator validator) {
        this.settings = settings;
        this.defaults = defaults;
        this.clock = clock;
        this.validator = validator;
        this.defaultLogo = configuredLogo(defaults.getLogo())
                .or(() -> Optional.ofNullable(defaultLogo.getIfAvailable()).map(DefaultLogo::bytes))
                .orElse(null);
    }

    /** What the documents print now: the stored settings, else the configuration. */
    @Transactional(readOnly = true)
    public Regency effective() {
        return settings.findById(RegencySetting.ID).map(this::regency)
                .orElseGet(() -> defaults.toRegency().withLogo(defaultLogo));
    }

    /** The decree number pattern in force ({seq} and {year} replaced by {@link #decreeNumber}). */
    @Transactional(readOnly = true)
    public String decreeNumberPattern() {
        return settings.findById(RegencySetting.ID).map(RegencySetting::getDecreeNumberPattern)
                .orElse(defaults.getDecreeNumberPattern());
    }

    /** The number of an approved decree by the pattern in force, the sequence zero-padded to three digits. */
    @Transactional(readOnly = true)
    public String decreeNumber(int sequence, int year) {
        return RegencyProperties.decreeNumber(decreeNumberPattern(), sequence, year);
    }

    /** The stored settings, if BKPSDM saved any. */
    @Transactional(readOnly = true)
    public Optional<RegencySetting> stored() {
        return settings.findById(RegencySetting.ID);
    }

    /** The form filled with the values in force. */
    @Transactional(readOnly = true)
    public RegencySettingsForm form() {
        return RegencySettingsForm.of(effective(), decreeNumberPattern());
    }

    /** The logo in force and its content type, if there is one. */
    @Transactional(readOnly = true)
    public Optional<Logo> logo() {
        byte[] bytes = effective().logo();
        return Optional.ofNullable(bytes).map(b -> new Logo(b, RegencyLogo.contentType(b).orElse("image/png")));
    }

    public record Logo(byte[] content, String contentType) {
    }

    /**
     * What is wrong with the input, per form field (in the form's order), in Bahasa Indonesia; empty if it may be
     * saved. {@code newLogo} is the uploaded file's content (null or empty: none uploaded).
     */
    public Map<String, String> validate(RegencySettingsForm form, byte[] newLogo) {
        Map<String, String> errors = new LinkedHashMap<>();
        validator.validate(form).stream()
                .sorted(Comparator.comparingInt((ConstraintViolation<RegencySettingsForm> v) ->
                                RegencySettingsForm.FIELDS.indexOf(v.getPropertyPath().toString()))
                        // a field's own text rule first: the pattern's placeholders matter once it is filled in
                        .thenComparing(v -> v.getConstraintDescriptor().getAnnotation() instanceof DecreeNumberPattern))
                .forEach(v -> errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
        if (newLogo != null && newLogo.length > 0) {
            RegencyLogo.problem(newLogo).ifPresent(key -> errors.put("logo", key.equals("settings.logo.size")
                    ? Messages.get(key, FileSizes.format(newLogo.length), FileSizes.format(RegencyLogo.MAX_BYTES))
                    : Messages.get(key)));
        }
        return errors;
    }

    /**
     * Stores the settings (all values together) after {@link #validate}; nothing is stored if anything is wrong.
     * A new logo replaces the stored one; without one the stored logo (or the default, on the first save) stays,
     * unless {@link RegencySettingsForm#isRemoveLogo()}.
     */
    public RegencySetting save(RegencySettingsForm form, byte[] newLogo, String by) {
        Map<String, String> errors = validate(form, newLogo);
        if (!errors.isEmpty()) {
            throw new InvalidSettingsException(errors);
        }
        Optional<RegencySetting> existing = settings.findById(RegencySetting.ID);
        byte[] logo = existing.map(RegencySetting::getLogo).orElse(existing.isPresent() ? null : defaultLogo);
        RegencySetting setting = existing.orElseGet(RegencySetting::new);
        setting.setRegencyName(form.getRegencyName().strip());
        setting.setRegentTitle(form.getRegentTitle().strip());
        setting.setRegentName(form.getRegentName().strip());
        setting.setRegentNip(blank(form.getRegentNip()) ? null : Nip.parse(form.getRegentNip()).value());
        setting.setBkpsdmName(form.getBkpsdmName().strip());
        setting.setBkpsdmHeadName(form.getBkpsdmHeadName().strip());
        setting.setBkpsdmHeadNip(Nip.parse(form.getBkpsdmHeadNip()).value());
        List<String> lines = form.letterheadLines();
        setting.setLetterheadLines(lines.isEmpty() ? null : String.join("\n", lines));
        setting.setPlace(form.getPlace().strip());
        setting.setDecreeNumberPattern(form.getDecreeNumberPattern().strip());
        if (newLogo != null && newLogo.length > 0) {
            logo = newLogo;
        } else if (form.isRemoveLogo()) {
            logo = null;
        }
        setting.setLogo(logo, logo == null ? null : RegencyLogo.contentType(logo).orElse(null));
        setting.updated(by == null || by.isBlank() ? "(tanpa login)" : by, LocalDateTime.now(clock));
        RegencySetting saved = settings.save(setting);
        LOG.info("Regency settings saved by {}: {}, decree numbers {}, logo {}", saved.getUpdatedBy(),
                saved.getRegencyName(), saved.getDecreeNumberPattern(),
                logo == null ? "none" : FileSizes.format(logo.length));
        return saved;
    }

    /** Forgets the stored settings: the documents print the configuration again. */
    public void reset(String by) {
        if (settings.existsById(RegencySetting.ID)) {
            settings.deleteById(RegencySetting.ID);
            LOG.info("Regency settings removed by {}; the configuration applies again", by);
        }
    }

    /** The input broke a rule; nothing was stored. */
    public static class InvalidSettingsException extends RuntimeException {
        private final transient Map<String, String> errors;

        public InvalidSettingsException(Map<String, String> errors) {
            super(Messages.get("settings.invalid") + " " + String.join(" ", errors.values()));
            this.errors = Map.copyOf(errors);
        }

        public Map<String, String> errors() {
            return errors;
        }
    }

    private Regency regency(RegencySetting s) {
        List<String> letterhead = s.getLetterheadLines() == null ? List.of()
                : s.getLetterheadLines().lines().filter(l -> !l.isBlank()).toList();
        return new Regency(s.getRegencyName(), s.getRegentTitle(), s.getRegentName(), s.getPlace(), s.getBkpsdmName(),
                defaults.getLegalBasis(), letterhead, s.getRegentNip(), s.getBkpsdmHeadName(), s.getBkpsdmHeadNip(),
                s.getLogo());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** sipetruk.regency.logo, checked at start-up: a wrong file stops the application with a clear message. */
    private static Optional<byte[]> configuredLogo(Resource resource) {
        if (resource == null) {
            return Optional.empty();
        }
        byte[] bytes;
        try (InputStream in = resource.getInputStream()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("sipetruk.regency.logo " + resource + " cannot be read", e);
        }
        Function<String, String> english = key -> switch (key) {
            case "settings.logo.size" -> "is larger than 500 KB";
            case "settings.logo.type" -> "is not a PNG or JPEG image";
            case "settings.logo.dimensions" -> "is wider or higher than 4000 pixels";
            default -> "cannot be read as an image";
        };
        RegencyLogo.problem(bytes).ifPresent(key -> {
            throw new IllegalStateException("sipetruk.regency.logo " + resource + " " + english.apply(key));
        });
        return Optional.of(bytes);
    }
}
