package id.sipetruk.document;

import id.sipetruk.common.RegencyClock;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A PDF SI PETRUK produced, kept with its SHA-256 so that a copy can be checked later. */
@Entity
@Table(name = "generated_document")
public class GeneratedDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    @Column(name = "doc_type")
    private DocumentType type;
    private String subjectCode;
    private int version;
    private String fileName;
    private byte[] content;
    private String sha256;
    private LocalDateTime createdAt;
    /** 16 upper-case hex digits, printed (grouped) on the document; null on documents from before V2. */
    private String verificationCode;
    /** What the document prints and the verification page shows, see {@link DocumentFacts#serialized()}. */
    private String verificationFacts;
    /** The version of the legal wording the document was printed with; null for documents without one. */
    private Integer wordingVersion;

    protected GeneratedDocument() {
    }

    public GeneratedDocument(DocumentType type, String subjectCode, int version, String fileName, byte[] content,
                             String sha256) {
        this.type = type;
        this.subjectCode = subjectCode;
        this.version = version;
        this.fileName = fileName;
        this.content = content;
        this.sha256 = sha256;
        this.createdAt = RegencyClock.now();
    }

    public GeneratedDocument(DocumentFacts facts, String verificationCode, String fileName, byte[] content,
                             String sha256) {
        this(facts.type(), facts.subjectCode(), facts.version(), fileName, content, sha256);
        this.verificationCode = verificationCode;
        this.verificationFacts = facts.serialized();
    }

    void printedWith(Integer wordingVersion) {
        this.wordingVersion = wordingVersion;
    }

    public Long getId() { return id; }
    public DocumentType getType() { return type; }
    public String getSubjectCode() { return subjectCode; }
    public int getVersion() { return version; }
    public String getFileName() { return fileName; }
    public byte[] getContent() { return content; }
    public String getSha256() { return sha256; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public String getVerificationCode() { return verificationCode; }
    public String getVerificationFacts() { return verificationFacts; }
    public Integer getWordingVersion() { return wordingVersion; }
}
