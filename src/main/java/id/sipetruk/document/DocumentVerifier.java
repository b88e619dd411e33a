package id.sipetruk.document;

import id.sipetruk.common.Messages;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers the public question "is this printed document genuine?" from its verification code: genuine (the
 * latest version of its type and subject), superseded (a newer version exists) or unknown. It only ever gives
 * back what the document itself prints ({@link DocumentFacts}), never the PDF or other data.
 */
@Service
@Transactional(readOnly = true)
public class DocumentVerifier {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentVerifier.class);

    private final GeneratedDocumentRepository documents;
    private final VerificationKey key;

    public DocumentVerifier(GeneratedDocumentRepository documents, VerificationKey key) {
        this.documents = documents;
        this.key = key;
    }

    public enum Status { GENUINE, SUPERSEDED, UNKNOWN }

    /**
     * @param code the code as printed, grouped ("3F9A-1C2B-7D4E-88A0"); null if what was typed is no code
     * @param facts what the checked document prints (empty if unknown)
     * @param currentVersion the newest version of the same document when superseded, else null
     * @param currentCreated when that newest version was made, as it prints it
     */
    public record Result(Status status, String code, String documentType, Integer version,
                         List<DocumentFacts.Fact> facts, Integer currentVersion, String currentCreated) {

        static Result unknown(String code) {
            return new Result(Status.UNKNOWN, code, null, null, List.of(), null, null);
        }
    }

    /** The answer for a typed or scanned code: case-insensitive, dashes and spaces optional. */
    public Result verify(String typed) {
        Optional<String> normalized = VerificationCode.normalize(typed);
        if (normalized.isEmpty()) {
            return Result.unknown(null);
        }
        String code = normalized.get();
        Optional<GeneratedDocument> found = documents.findByVerificationCode(code);
        if (found.isEmpty()) {
            return Result.unknown(VerificationCode.grouped(code));
        }
        GeneratedDocument document = found.get();
        DocumentFacts facts = DocumentFacts.of(document);
        if (!code.equals(facts.code(key)) && !code.equals(facts.legacyCode())) {
            // the stored facts no longer give the code printed on the paper: do not vouch for them
            LOG.warn("Stored facts of document {} do not hash to its verification code {}", document.getId(), code);
            return Result.unknown(VerificationCode.grouped(code));
        }
        GeneratedDocument latest = documents
                .findFirstByTypeAndSubjectCodeOrderByVersionDesc(document.getType(), document.getSubjectCode())
                .orElse(document);
        boolean superseded = latest.getVersion() > document.getVersion();
        return new Result(superseded ? Status.SUPERSEDED : Status.GENUINE, VerificationCode.grouped(code),
                Messages.label(document.getType()), document.getVersion(), facts.facts(),
                superseded ? latest.getVersion() : null, superseded ? created(latest) : null);
    }

    /** The "Dibuat" the newest version prints (its creation time in the regency's zone). */
    private static String created(GeneratedDocument document) {
        return DocumentFacts.of(document).facts().stream().filter(f -> f.label().equals("Dibuat"))
                .map(DocumentFacts.Fact::value).findFirst().orElse(null);
    }
}
