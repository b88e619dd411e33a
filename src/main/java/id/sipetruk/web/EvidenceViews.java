package id.sipetruk.web;

import java.util.List;

/** What the "Data dukung" section of the dossier page shows. */
public final class EvidenceViews {

    private EvidenceViews() {
    }

    /**
     * @param open whether files may be uploaded or removed now (the nomination is in its OPD's hands, and the
     *             viewer works for that OPD)
     */
    public record Panel(String nominationCode, List<Row> files, String totalSize, String maxFileSize,
                        String maxTotalSize, boolean open) {

        /** The same panel, open for changes only if the viewer may change this nomination's evidence. */
        public Panel withChanges(boolean viewerMayChange) {
            return new Panel(nominationCode, files, totalSize, maxFileSize, maxTotalSize, open && viewerMayChange);
        }
    }

    public record Row(Long id, String fileName, String type, String size, String uploadedBy, String uploadedAt,
                      String sha256, String url) {
    }
}
