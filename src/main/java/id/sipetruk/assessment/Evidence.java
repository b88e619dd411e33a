package id.sipetruk.assessment;

import id.sipetruk.nomination.Nomination;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One evidence file (data dukung) of a nomination, kept in the database with its SHA-256. */
@Entity
@Table(name = "evidence")
public class Evidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "nomination_id")
    private Nomination nomination;
    private String fileName;
    private String contentType;
    private long sizeBytes;
    private byte[] content;
    private String sha256;
    private String uploadedBy;
    private LocalDateTime uploadedAt;

    protected Evidence() {
    }

    public Evidence(Nomination nomination, String fileName, EvidenceType type, byte[] content, String sha256,
                    String uploadedBy, LocalDateTime uploadedAt) {
        this.nomination = nomination;
        this.fileName = fileName;
        this.contentType = type.contentType();
        this.sizeBytes = content.length;
        this.content = content;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() { return id; }
    public Nomination getNomination() { return nomination; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public byte[] getContent() { return content; }
    public String getSha256() { return sha256; }
    public String getUploadedBy() { return uploadedBy; }
    public LocalDateTime getUploadedAt() { return uploadedAt; }
}
