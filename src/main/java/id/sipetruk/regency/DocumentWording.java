package id.sipetruk.regency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One saved version of the documents' legal wording ({@link Wording}); never changed once stored. */
@Entity
@Table(name = "document_wording")
public class DocumentWording {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int version;
    private String considerations;
    @Column(name = "legal_basis")
    private String legalBasis;
    private String dicta;
    @Column(name = "certificate_award")
    private String certificateAward;
    @Column(name = "certificate_citation")
    private String certificateCitation;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private LocalDateTime createdAt;

    protected DocumentWording() {
    }

    DocumentWording(int version, Wording wording, String createdBy, LocalDateTime createdAt) {
        this.version = version;
        this.considerations = String.join("\n", wording.considerations());
        this.legalBasis = String.join("\n", wording.legalBasis());
        this.dicta = String.join("\n", wording.dicta());
        this.certificateAward = wording.certificateAward();
        this.certificateCitation = wording.certificateCitation();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Wording wording() {
        return new Wording(version, Wording.lines(considerations), Wording.lines(legalBasis), Wording.lines(dicta),
                certificateAward, certificateCitation);
    }

    public int getVersion() { return version; }
    public String getCreatedBy() { return createdBy; }
    public LocalDateTime getCreatedAt() { return createdAt; }
}
