package id.sipetruk.document;

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
        this.createdAt = LocalDateTime.now();
    }

    public Long getId() { return id; }
    public DocumentType getType() { return type; }
    public String getSubjectCode() { return subjectCode; }
    public int getVersion() { return version; }
    public String getFileName() { return fileName; }
    public byte[] getContent() { return content; }
    public String getSha256() { return sha256; }
    public LocalDateTime getCreatedAt() { return createdAt; }
}
