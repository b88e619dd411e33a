package id.sipetruk.document;

import id.sipetruk.common.SiteProperties;
import jakarta.annotation.PreDestroy;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues SI PETRUK's PDFs and keeps every one of them as a new version with its SHA-256, so a printed or mailed copy
 * can be checked against the original. The stages hand over what to print ({@link DocumentContent}); every PDF prints
 * a verification code derived from what it prints ({@link DocumentFacts#code}) and a QR code of the public page that
 * checks it ({@code sipetruk.public-url}/verifikasi/{code}).
 */
@Service
@Transactional
public class DocumentService {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentService.class);

    private final GeneratedDocumentRepository documents;
    private final String publicUrl;
    private final VerificationKey verificationKey;
    private final ParallelRenderer renderer = new ParallelRenderer(Runtime.getRuntime().availableProcessors());

    public DocumentService(GeneratedDocumentRepository documents, SiteProperties site,
                           VerificationKey verificationKey) {
        this.documents = documents;
        this.publicUrl = site.publicUrl();
        this.verificationKey = verificationKey;
    }

    /** Renders the content with its verification and stores it as the next version of its type and subject. */
    public GeneratedDocument issue(DocumentContent content) {
        return store(rendered(content));
    }

    /**
     * Issues every content as {@link #issue} does, in order; the PDFs are rendered on every core meanwhile, the rows
     * are stored on the calling thread (in its transaction).
     */
    public List<GeneratedDocument> issueAll(List<? extends DocumentContent> contents) {
        List<GeneratedDocument> issued = new ArrayList<>(contents.size());
        renderer.renderInOrder(contents, this::rendered, rendered -> issued.add(store(rendered)));
        return issued;
    }

    private record Rendered(DocumentContent content, DocumentFacts facts, Verification verification, byte[] pdf) {
    }

    /** Pure computation (no database), so that it may run on any thread. */
    private Rendered rendered(DocumentContent content) {
        DocumentFacts facts = content.facts();
        Verification verification = verification(facts);
        return new Rendered(content, facts, verification, content.render(verification));
    }

    private GeneratedDocument store(Rendered rendered) {
        DocumentFacts facts = rendered.facts();
        byte[] pdf = rendered.pdf();
        GeneratedDocument document = new GeneratedDocument(facts, rendered.verification().code(),
                rendered.content().fileName(), pdf, sha256(pdf));
        document.printedWith(rendered.content().wordingVersion());
        GeneratedDocument saved = documents.save(document);
        LOG.info("Document {} {} version {} stored ({} bytes, sha256 {}, verification code {})", facts.type(),
                facts.subjectCode(), facts.version(), pdf.length, saved.getSha256(), saved.getVerificationCode());
        return saved;
    }

    @PreDestroy
    void stopRendering() {
        renderer.shutdown();
    }

    /** The version the next document of this type and subject gets: 1 for the first. */
    @Transactional(readOnly = true)
    public int nextVersion(DocumentType type, String subjectCode) {
        return documents.latestVersion(type, subjectCode).map(version -> version + 1).orElse(1);
    }

    /** {@link #nextVersion} of many subjects with one query: subject code to version. */
    @Transactional(readOnly = true)
    public Map<String, Integer> nextVersions(DocumentType type, Collection<String> subjectCodes) {
        Map<String, Integer> next = new HashMap<>();
        subjectCodes.forEach(code -> next.put(code, 1));
        if (!subjectCodes.isEmpty()) {
            documents.latestVersions(type, subjectCodes)
                    .forEach(latest -> next.put(latest.getSubjectCode(), latest.getVersion() + 1));
        }
        return next;
    }

    @Transactional(readOnly = true)
    public Optional<GeneratedDocument> latest(DocumentType type, String subjectCode) {
        return documents.findFirstByTypeAndSubjectCodeOrderByVersionDesc(type, subjectCode);
    }

    /** Every document of one subject (a nomination's or a period's code), oldest first. */
    @Transactional(readOnly = true)
    public List<GeneratedDocument> forSubject(String subjectCode) {
        return documents.findBySubjectCodeOrderByIdAsc(subjectCode);
    }

    @Transactional(readOnly = true)
    public Optional<GeneratedDocument> find(Long documentId) {
        return documents.findById(documentId);
    }

    /** The document with the verification code of the facts it prints. */
    @Transactional(readOnly = true)
    public Optional<GeneratedDocument> findByVerificationCode(String code) {
        return documents.findByVerificationCode(code);
    }

    /** The verification a document with these facts prints: its code and the public address checking it. */
    public Verification verification(DocumentFacts facts) {
        return Verification.of(facts.code(verificationKey), publicUrl);
    }

    /** SHA-256 of the bytes, lower-case hex, as stored with every document. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
