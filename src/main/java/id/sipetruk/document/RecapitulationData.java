package id.sipetruk.document;

import id.sipetruk.regency.Regency;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Everything the Rekapitulasi of a period shows, as plain values: every nominee grouped by OPD, and the OPDs that
 * nominated nobody.
 *
 * @param status the period's status as printed (Indonesian)
 * @param closingNote why the period closed without award; null otherwise
 * @param decreeNumber the number of the approved decree; null if none
 * @param date the date printed above the signature (the day the recap was drawn up)
 * @param opds in the order printed (by OPD name)
 */
public record RecapitulationData(Regency regency, String periodCode, String periodTitle, int year, String status,
                                 String closingNote, String decreeNumber, int instrumentWeight, int panelWeight,
                                 LocalDate date, List<OpdGroup> opds, int version, LocalDateTime generatedAt)
        implements DocumentContent {

    @Override
    public DocumentFacts facts() {
        return DocumentFacts.of(this);
    }

    @Override
    public String fileName() {
        return DocumentFiles.recapitulation(periodCode, version);
    }

    @Override
    public byte[] render(Verification verification) {
        return new RecapitulationPdf().render(this, verification);
    }


    public RecapitulationData {
        opds = List.copyOf(opds);
    }

    /**
     * One OPD and its nominees; without nominees it is printed as "tidak mengusulkan".
     *
     * @param participation the OPD's answer to the call, as printed when it has no nominee (e.g. "Tidak mengusulkan")
     */
    public record OpdGroup(String opdName, String participation, List<Row> rows) {

        public OpdGroup {
            rows = List.copyOf(rows);
        }

        public boolean nominatedNobody() {
            return rows.isEmpty();
        }
    }

    /**
     * One nominee. Scores are null where not (yet) given.
     *
     * @param verification the last verification decision ("Memenuhi syarat", ...) or else the nomination's status
     * @param finalStatus the nomination's status at the time of the recap
     */
    public record Row(String nominationCode, Nominee nominee, Integer kinerja, Integer disiplin, Integer inovasi,
                      Integer perilaku, Integer teamWork, Integer total, String verification, BigDecimal panelScore,
                      BigDecimal finalScore, Integer finalRank, String finalStatus) {
    }

    public List<Row> rows() {
        return opds.stream().flatMap(o -> o.rows().stream()).toList();
    }

    public long opdsWithoutNomination() {
        return opds.stream().filter(OpdGroup::nominatedNobody).count();
    }
}
