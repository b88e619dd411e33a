package id.sipetruk.document;

import id.sipetruk.common.IndonesianDates;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What identifies one generated document: its type, subject and version, and the facts it prints that the
 * public verification page may show again (names, NIP, scores, numbers, dates; nothing the document does not
 * print). The verification code is derived from exactly these values, so it can be printed into the PDF, and
 * is stored with them: the page shows the stored facts and can recompute the code from them.
 *
 * @param facts label and value pairs, in the order the page shows them
 */
public record DocumentFacts(DocumentType type, String subjectCode, int version, List<Fact> facts) {

    /** Marks the scheme: an HMAC keyed with the server's secret. A future scheme gets a new tag. */
    static final String SCHEME = "SIPETRUK-VERIFIKASI-2";
    /** Codes of documents made before the key: an unkeyed SHA-256; still verified, never made again. */
    static final String LEGACY_SCHEME = "SIPETRUK-VERIFIKASI-1";

    public record Fact(String label, String value) {
        public Fact {
            label = clean(label);
            value = clean(value);
        }
    }

    public DocumentFacts {
        facts = List.copyOf(facts);
    }

    /**
     * The first 64 bits of HMAC-SHA256, keyed with the server's secret ({@link VerificationKey}), over the scheme tag,
     * type, subject, version and every fact (one "label TAB value" line each, UTF-8), as 16 upper-case hex digits.
     * Without the key nobody can compute the code of a document he has not seen, and so read its facts from the
     * public verification page by trying likely values.
     */
    public String code(VerificationKey key) {
        return hex(key.sign(canonical(SCHEME)));
    }

    /** The code of a document made before the key existed (scheme 1: SHA-256 of the same text). */
    public String legacyCode() {
        try {
            return hex(MessageDigest.getInstance("SHA-256").digest(canonical(LEGACY_SCHEME)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private byte[] canonical(String scheme) {
        return (scheme + "\n" + "jenis\t" + type.name() + "\n" + "subjek\t" + clean(subjectCode) + "\n"
                + "versi\t" + version + "\n" + serialized()).getBytes(StandardCharsets.UTF_8);
    }

    private static String hex(byte[] digest) {
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < VerificationCode.LENGTH / 2; i++) {
            hex.append(String.format(Locale.ROOT, "%02X", digest[i]));
        }
        return hex.toString();
    }

    /** The facts as stored: one "label TAB value" line each. */
    public String serialized() {
        StringBuilder out = new StringBuilder();
        for (Fact fact : facts) {
            out.append(fact.label()).append('\t').append(fact.value()).append('\n');
        }
        return out.toString();
    }

    /** The stored facts of a document row back as a record (rows from before verification have none). */
    public static DocumentFacts of(GeneratedDocument document) {
        List<Fact> facts = new ArrayList<>();
        String stored = document.getVerificationFacts();
        if (stored != null) {
            for (String line : stored.split("\n")) {
                int tab = line.indexOf('\t');
                if (tab >= 0) {
                    facts.add(new Fact(line.substring(0, tab), line.substring(tab + 1)));
                }
            }
        }
        return new DocumentFacts(document.getType(), document.getSubjectCode(), document.getVersion(), facts);
    }

    public static DocumentFacts of(AssessmentResultData data) {
        Nominee n = data.nominee();
        return new DocumentFacts(DocumentType.ASSESSMENT_RESULT, data.nominationCode(), data.version(), List.of(
                new Fact("Dokumen", "Hasil Penilaian Instrumen Kinerja"),
                new Fact("Periode", data.periodTitle()),
                new Fact("Nama", n.name()),
                new Fact("NIP", n.nip()),
                new Fact("Jabatan", n.position()),
                new Fact("OPD", n.opdName()),
                new Fact("Total skor", PdfKit.number(data.scores().totalScore())),
                new Fact("Tanggal", IndonesianDates.date(data.signDate())),
                new Fact("Kode nominasi", data.nominationCode()),
                new Fact("Dibuat", IndonesianDates.dateTime(data.generatedAt()))));
    }

    /** @param version the document's version (a decree version may be printed more than once: draft, numbered) */
    public static DocumentFacts of(DecreeDraftData data, int version) {
        List<Fact> facts = new ArrayList<>(List.of(
                new Fact("Dokumen", "Keputusan " + data.regency().regentTitle() + (data.isDraft() ? " (draf)" : "")),
                new Fact("Nomor", data.numberText()),
                new Fact("Tentang", data.subject()),
                new Fact("Tanggal ditetapkan", data.decidedOn() == null ? "-" : IndonesianDates.date(data.decidedOn())),
                new Fact("Rancangan versi", String.valueOf(data.decreeVersion()))));
        int no = 1;
        for (DecreeDraftData.Awardee awardee : data.awardees()) {
            facts.add(new Fact("Lampiran, nomor " + no++, awardee.nominee().name() + ", NIP " + awardee.nominee().nip()
                    + ", " + awardee.awardTitle()));
        }
        if (data.awardees().isEmpty()) {
            facts.add(new Fact("Lampiran", "Belum ada penerima penghargaan"));
        }
        facts.add(new Fact("Dibuat", IndonesianDates.dateTime(data.generatedAt())));
        return new DocumentFacts(DocumentType.DECREE_DRAFT, data.periodCode(), version, facts);
    }

    public static DocumentFacts of(CertificateData data) {
        Nominee n = data.nominee();
        List<Fact> facts = new ArrayList<>(List.of(
                new Fact("Dokumen", "Piagam Penghargaan"),
                new Fact("Nama", n.name()),
                new Fact("NIP", n.nip()),
                new Fact("Jabatan", n.position()),
                new Fact("OPD", n.opdName()),
                new Fact("Penghargaan", data.awardTitle()),
                new Fact("Tahun", String.valueOf(data.year()))));
        if (data.decreeNumber() != null && !data.decreeNumber().isBlank()) {
            facts.add(new Fact("Berdasarkan Keputusan Nomor", data.decreeNumber()));
        }
        facts.add(new Fact("Tanggal", IndonesianDates.date(data.date())));
        facts.add(new Fact("Kode nominasi", data.nominationCode()));
        facts.add(new Fact("Dibuat", IndonesianDates.dateTime(data.generatedAt())));
        return new DocumentFacts(DocumentType.CERTIFICATE, data.nominationCode(), data.version(), facts);
    }

    public static DocumentFacts of(PanelMinutesData data) {
        List<Fact> facts = new ArrayList<>(List.of(
                new Fact("Dokumen", "Berita Acara Penilaian Tim Penilai Eksternal"),
                new Fact("Periode", data.periodTitle() + " (" + data.periodCode() + ")"),
                new Fact("Tanggal", IndonesianDates.date(data.date())),
                new Fact("Anggota tim penilai", String.join("; ",
                        data.members().stream().map(PanelMinutesData.Member::name).toList()))));
        for (PanelMinutesData.Finalist f : data.finalists()) {
            facts.add(new Fact("Peringkat akhir " + PdfKit.number(f.finalRank()), f.nominee().name() + ", NIP "
                    + f.nominee().nip() + ", nilai tim penilai " + PdfKit.number(f.panelScore()) + ", nilai akhir "
                    + PdfKit.number(f.finalScore())));
        }
        if (data.finalists().isEmpty()) {
            facts.add(new Fact("Finalis", "Tidak ada finalis"));
        }
        facts.add(new Fact("Dibuat", IndonesianDates.dateTime(data.generatedAt())));
        return new DocumentFacts(DocumentType.PANEL_MINUTES, data.periodCode(), data.version(), facts);
    }

    public static DocumentFacts of(RecapitulationData data) {
        long opds = data.opds().size();
        long without = data.opdsWithoutNomination();
        List<Fact> facts = new ArrayList<>(List.of(
                new Fact("Dokumen", "Rekapitulasi Penilaian ASN Berprestasi"),
                new Fact("Periode", data.periodTitle() + " (" + data.periodCode() + ")"),
                new Fact("Status periode", data.status()),
                new Fact("OPD", opds + " diundang, " + (opds - without) + " mengusulkan, " + without
                        + " tidak mengusulkan"),
                new Fact("Jumlah calon", String.valueOf(data.rows().size()))));
        data.rows().stream().filter(r -> r.finalRank() != null)
                .sorted(java.util.Comparator.comparing(RecapitulationData.Row::finalRank))
                .forEach(r -> facts.add(new Fact("Peringkat akhir " + r.finalRank(), r.nominee().name() + ", NIP "
                        + r.nominee().nip() + ", nilai akhir " + PdfKit.number(r.finalScore()) + ", "
                        + r.finalStatus())));
        facts.add(new Fact("Tanggal", IndonesianDates.date(data.date())));
        facts.add(new Fact("Dibuat", IndonesianDates.dateTime(data.generatedAt())));
        return new DocumentFacts(DocumentType.RECAPITULATION, data.periodCode(), data.version(), facts);
    }

    /** One line, no tabs: null becomes "-", line breaks and tabs become spaces. */
    private static String clean(String value) {
        return value == null ? "-" : value.replaceAll("[\\t\\r\\n\\u2028\\u2029]+", " ").strip();
    }
}
