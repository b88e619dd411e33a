package id.sipetruk.regency;

import id.sipetruk.common.NumberCounters;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The versions of the documents' legal wording. BKPSDM saves a new version on /pengaturan/naskah; the newest is in
 * force for documents issued afterwards, and every issued document records the version it was printed with.
 */
@Service
@Transactional
public class WordingService {

    private static final Logger LOG = LoggerFactory.getLogger(WordingService.class);
    private static final String COUNTER = "document-wording";

    private final DocumentWordingRepository versions;
    private final RegencyProperties defaults;
    private final NumberCounters counters;
    private final Validator validator;
    private final Clock clock;

    public WordingService(DocumentWordingRepository versions, RegencyProperties defaults, NumberCounters counters,
                          Validator validator, Clock clock) {
        this.versions = versions;
        this.defaults = defaults;
        this.counters = counters;
        this.validator = validator;
        this.clock = clock;
    }

    /** The wording in force: the newest saved version, else the built-in one (version 0). */
    @Transactional(readOnly = true)
    public Wording current() {
        return versions.findFirstByOrderByVersionDesc().map(DocumentWording::wording)
                .orElseGet(() -> Wording.builtIn(defaults.getLegalBasis()));
    }

    /**
     * The wording a document is issued with: the newest version; the built-in wording is stored as version 1 the first
     * time, so that every issued document names a stored version.
     */
    public Wording forIssue() {
        return versions.findFirstByOrderByVersionDesc().map(DocumentWording::wording)
                .orElseGet(() -> store(Wording.builtIn(defaults.getLegalBasis()), "system"));
    }

    @Transactional(readOnly = true)
    public List<DocumentWording> versions() {
        return versions.findAllByOrderByVersionDesc();
    }

    /** What is wrong with the input, per field in the page's order, in Bahasa Indonesia; empty if it may be saved. */
    public Map<String, String> validate(WordingForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        validator.validate(form).stream()
                .sorted(Comparator.comparingInt((ConstraintViolation<WordingForm> v) ->
                        WordingForm.FIELDS.indexOf(v.getPropertyPath().toString())))
                .forEach(v -> errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
        return errors;
    }

    /** Saves the input as the next version; refused (nothing stored) if anything is wrong. */
    public Wording save(WordingForm form, String by) {
        Map<String, String> errors = validate(form);
        if (!errors.isEmpty()) {
            throw new RegencySettingsService.InvalidSettingsException(errors);
        }
        return store(form.toWording(0), by);
    }

    private Wording store(Wording wording, String by) {
        int version = counters.next(COUNTER, () -> versions.findFirstByOrderByVersionDesc()
                .map(DocumentWording::getVersion).orElse(0));
        DocumentWording saved = versions.save(new DocumentWording(version, wording, by, LocalDateTime.now(clock)));
        LOG.info("Document wording version {} saved by {}", version, by);
        return saved.wording();
    }
}
