package id.sipetruk.document;

import static org.assertj.core.api.Assertions.assertThat;

import id.sipetruk.regency.Regency;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PanelMinutesPdfTest {

    static final List<PanelMinutesData.Member> MEMBERS = List.of(
            new PanelMinutesData.Member("panel1", "Hasanuddin Syarif"),
            new PanelMinutesData.Member("panel2", "Lailatul Fitriah"),
            new PanelMinutesData.Member("panel3", "Prof. Dr. Ir. H. Bambang Supriyanto, M.Sc."));

    /** Two finalists; Lailatul Fitriah abstains for the second one. */
    static PanelMinutesData minutes() {
        PanelMinutesData.Finalist first = new PanelMinutesData.Finalist(1, SampleDocuments.SITI, "P2026-BAPPEDA-01", 85,
                List.of(PanelMinutesData.MemberScore.scored("Hasanuddin Syarif", 70, 70, new BigDecimal("70.00")),
                        PanelMinutesData.MemberScore.scored("Lailatul Fitriah", 80, 60, new BigDecimal("70.00")),
                        PanelMinutesData.MemberScore.scored("Prof. Dr. Ir. H. Bambang Supriyanto, M.Sc.", 75, 65, new BigDecimal("70.00"))),
                new BigDecimal("70.00"), new BigDecimal("79.00"));
        PanelMinutesData.Finalist second = new PanelMinutesData.Finalist(2, SampleDocuments.ANDHANI, "P2026-BKPSDM-01", 70,
                List.of(PanelMinutesData.MemberScore.scored("Hasanuddin Syarif", 80, 90, new BigDecimal("85.00")),
                        PanelMinutesData.MemberScore.abstention("Lailatul Fitriah", "Calon adalah saudara kandung saya."),
                        PanelMinutesData.MemberScore.scored("Prof. Dr. Ir. H. Bambang Supriyanto, M.Sc.", 81, 90, new BigDecimal("85.50"))),
                new BigDecimal("85.25"), new BigDecimal("76.10"));
        return new PanelMinutesData(Regency.balangan(), "P2026", "ASN Berprestasi Tahun 2026", 2026,
                LocalDate.of(2026, 11, 22), 60, 40, MEMBERS, List.of(first, second), 1, SampleDocuments.GENERATED);
    }

    @Test
    void minutesShowEveryMembersScores_theAbstentionWithItsReason_theAggregateAndTheRank() {
        PanelMinutesData data = minutes();
        Verification verification = Verification.of(DocumentFacts.of(data).code(VerificationPdfTest.KEY), VerificationPdfTest.PUBLIC_URL);
        byte[] pdf = new PanelMinutesPdf().render(data, verification);
        SampleDocuments.keep("berita-acara-penilaian.pdf", pdf);

        String flat = SampleDocuments.text(pdf).replaceAll("\\s+", " ");
        String flow = SampleDocuments.flowText(pdf);
        assertThat(flat).contains("BERITA ACARA", "PENILAIAN TIM PENILAI EKSTERNAL",
                "APARATUR SIPIL NEGARA BERPRESTASI TAHUN 2026", "ASN Berprestasi Tahun 2026 (P2026)");
        // 22 November 2026 is a Sunday
        assertThat(flat).contains("Pada hari ini, Minggu, tanggal 22 November 2026", "Paringin, 22 November 2026");
        for (PanelMinutesData.Member member : MEMBERS) {
            assertThat(flow).contains(member.name());
        }
        // the first finalist: each member's presentation, interview and score = mean of both
        String first = flat.substring(flat.indexOf("Peringkat akhir 1 \u2013 " + SampleDocuments.SITI.name()),
                flat.indexOf("Peringkat akhir 2 \u2013"));
        assertThat(first).contains("Hasanuddin Syarif 70 70 70 Dinilai", "Lailatul Fitriah 80 60 70 Dinilai");
        assertThat(first).contains("75 65 70");
        assertThat(first).contains("Nilai tim penilai (rata-rata 3 anggota yang menilai) 70");
        assertThat(first).contains("Nilai akhir (85 \u00d7 60% + 70 \u00d7 40%) 79");

        // the second: the abstention, its reason, the mean of the two others (85 and 85,5)
        String second = flat.substring(flat.indexOf("Peringkat akhir 2 \u2013"), flat.indexOf("Hasil Akhir"));
        assertThat(second).contains("Hasanuddin Syarif 80 90 85 Dinilai", "81 90 85,5");
        assertThat(SampleDocuments.flowText(pdf)).contains("Tidak menilai (konflik kepentingan). Alasan: "
                + "Calon adalah saudara kandung saya.");
        assertThat(second).contains("rata-rata 2 anggota yang menilai, 1 tidak menilai) 85,25", "76,1");

        // the summary in rank order, and every member's signature line
        String summary = flat.substring(flat.indexOf("Hasil Akhir"));
        assertThat(summary.indexOf(SampleDocuments.SITI.nip())).isPositive()
                .isLessThan(summary.indexOf(SampleDocuments.ANDHANI.nip()));
        assertThat(summary).contains("TIM PENILAI EKSTERNAL,", "1. ....", "2. ....", "3. ....");
        assertThat(summary).contains("Hasanuddin Syarif", "Prof. Dr. Ir. H. Bambang Supriyanto, M.Sc.");
        assertThat(flat).contains("Kode verifikasi: " + verification.grouped());
    }

    @Test
    void factsNameTheMembersAndTheRankedFinalists() {
        DocumentFacts facts = DocumentFacts.of(minutes());
        assertThat(facts.type()).isEqualTo(DocumentType.PANEL_MINUTES);
        assertThat(facts.subjectCode()).isEqualTo("P2026");
        assertThat(facts.serialized()).contains("Tanggal\t22 November 2026",
                "Anggota tim penilai\tHasanuddin Syarif; Lailatul Fitriah; Prof. Dr. Ir. H. Bambang Supriyanto, M.Sc.",
                "Peringkat akhir 1\t" + SampleDocuments.SITI.name() + ", NIP 19850214 201001 2 002, nilai tim penilai 70, "
                        + "nilai akhir 79");
    }
}
