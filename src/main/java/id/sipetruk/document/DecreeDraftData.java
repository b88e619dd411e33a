package id.sipetruk.document;

import id.sipetruk.regency.Regency;
import id.sipetruk.regency.Wording;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Everything the Keputusan Bupati and its Lampiran show, as plain values.
 *
 * @param decreeNumber the number given on approval; null while the decree is a draft
 * @param decidedOn the date of determination; null while the decree is a draft
 * @param awardees in rank order, exactly as the annex lists them
 * @param wording the legal wording, placeholders filled in
 */
public record DecreeDraftData(Regency regency, String periodCode, int year, int decreeVersion, String decreeNumber,
                              LocalDate decidedOn, List<Awardee> awardees, LocalDateTime generatedAt, Wording wording) {

    /** With the built-in wording and the regency's configured legal basis. */
    public DecreeDraftData(Regency regency, String periodCode, int year, int decreeVersion, String decreeNumber,
                           LocalDate decidedOn, List<Awardee> awardees, LocalDateTime generatedAt) {
        this(regency, periodCode, year, decreeVersion, decreeNumber, decidedOn, awardees, generatedAt,
                Wording.builtIn(regency.legalBasis()).filledFor(regency, year));
    }

    public record Awardee(int rank, Nominee nominee, String awardTitle) {
    }

    public boolean isDraft() {
        return decreeNumber == null || decreeNumber.isBlank();
    }

    /**
     * This decree as document version {@code version} of its period (one decree version may be printed twice: as a
     * draft, then numbered).
     */
    public DocumentContent asVersion(int version) {
        DecreeDraftData data = this;
        return new DocumentContent() {
            @Override
            public DocumentFacts facts() {
                return DocumentFacts.of(data, version);
            }

            @Override
            public String fileName() {
                return DocumentFiles.decree(periodCode, decreeVersion, isDraft(), version);
            }

            @Override
            public byte[] render(Verification verification) {
                return new DecreeDraftPdf().render(data, verification);
            }

            @Override
            public Integer wordingVersion() {
                return wording.version();
            }
        };
    }

    /** Stamped "PRATINJAU", without verification code: for the Bupati before he decides. */
    public byte[] preview() {
        return new DecreeDraftPdf().preview(this);
    }

    /** "DRAF" or the decree's number. */
    public String numberText() {
        return isDraft() ? "DRAF" : decreeNumber;
    }

    /** "PENETAPAN APARATUR SIPIL NEGARA BERPRESTASI DI LINGKUNGAN PEMERINTAH KABUPATEN BALANGAN TAHUN 2026" */
    public String subject() {
        return "PENETAPAN APARATUR SIPIL NEGARA BERPRESTASI DI LINGKUNGAN PEMERINTAH " + regency.nameUpper() + " TAHUN "
                + year;
    }
}
