package id.sipetruk.document;

import id.sipetruk.regency.Regency;
import id.sipetruk.regency.Wording;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Everything a Piagam Penghargaan shows, as plain values.
 *
 * @param decreeNumber the number of the decree that granted the award; null if not (yet) numbered
 * @param wording the legal wording, placeholders filled in
 * @param date the date printed above the regent's signature (the ceremony, or else the decree)
 */
public record CertificateData(Regency regency, Nominee nominee, String awardTitle, int year, String decreeNumber,
                              LocalDate date, String nominationCode, int version, LocalDateTime generatedAt,
                              Wording wording) implements DocumentContent {

    /** With the built-in wording. */
    public CertificateData(Regency regency, Nominee nominee, String awardTitle, int year, String decreeNumber,
                           LocalDate date, String nominationCode, int version, LocalDateTime generatedAt) {
        this(regency, nominee, awardTitle, year, decreeNumber, date, nominationCode, version, generatedAt,
                Wording.builtIn(regency.legalBasis()).filledFor(regency, year));
    }

    @Override
    public Integer wordingVersion() {
        return wording.version();
    }

    @Override
    public DocumentFacts facts() {
        return DocumentFacts.of(this);
    }

    @Override
    public String fileName() {
        return DocumentFiles.certificate(nominationCode, version);
    }

    @Override
    public byte[] render(Verification verification) {
        return new CertificatePdf().render(this, verification);
    }
}
