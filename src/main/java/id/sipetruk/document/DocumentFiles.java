package id.sipetruk.document;

/**
 * File names of the generated documents. A decree's file name carries the decree version it was drawn from
 * ("SK-P2026-rev2-DRAF-v2.pdf", "SK-P2026-rev2-v3.pdf"), which is how a page links a decree version to its PDFs.
 */
public final class DocumentFiles {

    private DocumentFiles() {
    }

    public static String assessmentResult(String nominationCode, int version) {
        return "hasil-penilaian-" + safe(nominationCode) + "-v" + version + ".pdf";
    }

    public static String certificate(String nominationCode, int version) {
        return "piagam-" + safe(nominationCode) + "-v" + version + ".pdf";
    }

    public static String panelMinutes(String periodCode, int version) {
        return "berita-acara-penilaian-" + safe(periodCode) + "-v" + version + ".pdf";
    }

    public static String recapitulation(String periodCode, int version) {
        return "rekapitulasi-" + safe(periodCode) + "-v" + version + ".pdf";
    }

    public static String decree(String periodCode, int decreeVersion, boolean draft, int version) {
        return decreePrefix(periodCode, decreeVersion) + (draft ? "DRAF-" : "") + "v" + version + ".pdf";
    }

    /** Whether a decree document was drawn from the given decree version. */
    public static boolean isOfDecreeVersion(GeneratedDocument document, String periodCode, int decreeVersion) {
        return document.getType() == DocumentType.DECREE_DRAFT && document.getSubjectCode().equals(periodCode)
                && document.getFileName().startsWith(decreePrefix(periodCode, decreeVersion));
    }

    private static String decreePrefix(String periodCode, int decreeVersion) {
        return "SK-" + safe(periodCode) + "-rev" + decreeVersion + "-";
    }

    /** Letters, digits, dot, dash and underscore only, so the name is safe in a Content-Disposition header. */
    static String safe(String code) {
        return code == null ? "dokumen" : code.replaceAll("[^A-Za-z0-9._-]", "-");
    }
}
