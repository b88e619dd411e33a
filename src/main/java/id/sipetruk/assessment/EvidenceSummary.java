package id.sipetruk.assessment;

import java.time.LocalDateTime;

/** An evidence file without its bytes (what lists and the printout need). */
public interface EvidenceSummary {

    Long getId();

    String getFileName();

    String getContentType();

    long getSizeBytes();

    String getSha256();

    String getUploadedBy();

    LocalDateTime getUploadedAt();

    default String typeLabel() {
        return EvidenceType.ofContentType(getContentType()).map(EvidenceType::label).orElse(getContentType());
    }
}
