package id.sipetruk.document.web;

import java.util.List;

/** What the "Data dukung" section of the dossier page shows. */
public final class EvidenceViews {

    private EvidenceViews() {
    }

    /**
     * @param open whether files may be uploaded or removed now (the nomination is in its OPD's hands)
     */
    public record Panel(String nominationCode, List<Row> files, String totalSize, String maxFileSize,
                        String maxTotalSize, boolean open) {
    }

    public record Row(Long id, String fileName, String type, String size, String uploadedBy, String uploadedAt,
                      String sha256, String url) {
    }
}
