package id.sipetruk.document;

import id.sipetruk.regency.Regency;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Everything the Berita Acara Penilaian Tim Penilai Eksternal shows, as plain values.
 *
 * @param date the date of the aggregation (the minutes are drawn up when the panel's scores are aggregated)
 * @param members the panel, as the minutes name them and as they sign, in the order of their user ids
 * @param finalists in final rank order
 */
public record PanelMinutesData(Regency regency, String periodCode, String periodTitle, int year, LocalDate date,
                               int instrumentWeight, int panelWeight, List<Member> members, List<Finalist> finalists,
                               int version, LocalDateTime generatedAt) implements DocumentContent {

    public PanelMinutesData {
        members = List.copyOf(members);
        finalists = List.copyOf(finalists);
    }

    @Override
    public DocumentFacts facts() {
        return DocumentFacts.of(this);
    }

    @Override
    public String fileName() {
        return DocumentFiles.panelMinutes(periodCode, version);
    }

    @Override
    public byte[] render(Verification verification) {
        return new PanelMinutesPdf().render(this, verification);
    }

    /** @param name the member's full name (the user id if the user has none) */
    public record Member(String userId, String name) {
    }

    /**
     * One finalist with every member's score (in the order of {@link #members()}).
     *
     * @param panelScore the aggregate: mean of the members who scored
     * @param finalScore instrument total × instrument weight % + panel score × panel weight %
     */
    public record Finalist(Integer finalRank, Nominee nominee, String nominationCode, Integer instrumentTotal,
                           List<MemberScore> scores, BigDecimal panelScore, BigDecimal finalScore) {

        public Finalist {
            scores = List.copyOf(scores);
        }

        public long counted() {
            return scores.stream().filter(MemberScore::counted).count();
        }

        public long abstained() {
            return scores.stream().filter(MemberScore::abstained).count();
        }
    }

    /**
     * One member's score of one finalist, an abstention with its reason, or nothing recorded (both scores null,
     * not abstained).
     *
     * @param score the member's score as the panel stage computed it; null unless counted
     */
    public record MemberScore(String memberName, Integer presentation, Integer interview, BigDecimal score,
                              boolean abstained, String abstentionReason) {

        public static MemberScore scored(String memberName, int presentation, int interview, BigDecimal score) {
            return new MemberScore(memberName, presentation, interview, score, false, null);
        }

        public static MemberScore abstention(String memberName, String reason) {
            return new MemberScore(memberName, null, null, null, true, reason);
        }

        public static MemberScore missing(String memberName) {
            return new MemberScore(memberName, null, null, null, false, null);
        }

        public boolean counted() {
            return score != null;
        }
    }
}
