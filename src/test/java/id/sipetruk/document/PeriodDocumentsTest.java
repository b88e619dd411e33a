package id.sipetruk.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.sipetruk.PeriodBuilder;
import id.sipetruk.TestFixtures;
import id.sipetruk.WebAs;
import id.sipetruk.common.Messages;
import id.sipetruk.decree.RecapitulationDocument;
import id.sipetruk.nomination.Nomination;
import id.sipetruk.nomination.NominationStatus;
import id.sipetruk.organization.Opd;
import id.sipetruk.organization.RoleGroups;
import id.sipetruk.panel.PanelMinutesDocument;
import id.sipetruk.panel.PanelScore;
import id.sipetruk.panel.PanelScoreRepository;
import id.sipetruk.panel.PanelService;
import id.sipetruk.period.AwardPeriod;
import id.sipetruk.period.AwardPeriodStatus;
import id.sipetruk.period.OpdParticipation;
import id.sipetruk.period.OpdParticipationRepository;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/**
 * The panel's minutes and the recapitulation made from the database: Camunda's panel members by full name, an
 * abstention's reason, an OPD without nominee; both linked on the period page and genuine on /verifikasi.
 */
@SpringBootTest
class PeriodDocumentsTest {

    @Autowired TestFixtures fixtures;
    @Autowired PeriodBuilder build;
    @Autowired DocumentService documents;
    @Autowired PanelMinutesDocument panelMinutes;
    @Autowired RecapitulationDocument recapitulation;
    @Autowired PanelService panel;
    @Autowired PanelScoreRepository panelScores;
    @Autowired OpdParticipationRepository participations;
    @Autowired WebApplicationContext context;

    @Test
    void minutesAndRecap_fromTheDatabase_areLinkedAndVerify() throws Exception {
        fixtures.ensureRegency();
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        AwardPeriod period = build.period("TREK-" + suffix).year(2098).title("ASN Berprestasi Rekap " + suffix)
                .quotas(2, 3, 5).at(AwardPeriodStatus.PANEL_ASSESSMENT).save();
        Nomination first = finalist(period, suffix, "01", "Dr. Hj. Siti Nur'aini, S.Pd., M.M.");
        Nomination second = finalist(period, suffix, "02", "H. Muhammad Rizki, S.T., M.T.");
        Opd silent = opd(suffix, "03", "Kantor Diam " + suffix);
        OpdParticipation none = new OpdParticipation(period, silent);
        none.noNomination();
        participations.save(none);

        List<String> members = TestFixtures.PANEL;
        panelScores.save(PanelScore.scored(first, members.get(0), 80, 90));
        panelScores.save(PanelScore.scored(first, members.get(1), 70, 70));
        panelScores.save(PanelScore.abstention(first, members.get(2), "Calon adalah atasan langsung saya."));
        for (String member : members) {
            panelScores.save(PanelScore.scored(second, member, 60, 60));
        }
        panel.aggregate(period.getId());

        GeneratedDocument minutes = panelMinutes.generate(period.getId());
        GeneratedDocument recap = recapitulation.generate(period.getId());
        assertThat(minutes.getType()).isEqualTo(DocumentType.PANEL_MINUTES);
        assertThat(minutes.getSubjectCode()).isEqualTo(period.getCode());
        assertThat(recap.getSubjectCode()).isEqualTo(period.getCode());
        SampleDocuments.keep("berita-acara-penilaian-db.pdf", minutes.getContent());
        SampleDocuments.keep("rekapitulasi-db.pdf", recap.getContent());
        VerificationPdfTest.assertFontsEmbedded(minutes.getContent());
        VerificationPdfTest.assertFontsEmbedded(recap.getContent());

        String minutesText = SampleDocuments.flowText(minutes.getContent());
        // members by their Camunda names (first and last name), every score, the abstention and its reason
        assertThat(minutesText).contains("Panel tpanel1", "Panel tpanel2", "Panel tpanel3",
                "Calon adalah atasan langsung saya.", "Nilai tim penilai (rata-rata 2 anggota yang menilai, 1 tidak menilai)",
                "ASN Berprestasi Rekap " + suffix);
        // (85 + 70) / 2 = 77,5; 70 × 60 % + 77,5 × 40 % = 73; the other 70 × 60 % + 60 × 40 % = 66. Each value is
        // looked for on its own row, beside its label or the finalist's name: digits alone also occur in NIPs and dates.
        List<String> minutesLines = SampleDocuments.lines(SampleDocuments.text(minutes.getContent()));
        assertThat(finalistBlock(minutesLines, "Peringkat akhir 1 \u2013 Dr. Hj. Siti Nur'aini", "Peringkat akhir 1"))
                .contains("1. Panel tpanel1 80 90 85 Dinilai", "2. Panel tpanel2 70 70 70 Dinilai",
                        "Nilai tim penilai (rata-rata 2 anggota yang menilai, 1 tidak menilai) 77,5",
                        "Total instrumen penilaian kinerja 70", "Nilai akhir (70 \u00d7 60% + 77,5 \u00d7 40%) 73");
        assertThat(finalistBlock(minutesLines, "Peringkat akhir 2 \u2013 H. Muhammad Rizki", "Peringkat akhir 2"))
                .contains("Nilai tim penilai (rata-rata 3 anggota yang menilai) 60",
                        "Nilai akhir (70 \u00d7 60% + 60 \u00d7 40%) 66");
        // the table of final results: total, panel score, final score in the finalist's row
        assertThat(lineStartingWith(minutesLines, "1 Dr. Hj. Siti Nur'aini, S.Pd., M.M. Dinas Rekap " + suffix))
                .endsWith(" 70 77,5 73");
        assertThat(lineStartingWith(minutesLines, "2 H. Muhammad Rizki, S.T., M.T. Dinas Rekap " + suffix))
                .endsWith(" 70 60 66");
        assertThat(minutesText.indexOf("Peringkat akhir 1 \u2013 Dr. Hj. Siti Nur'aini"))
                .isPositive().isLessThan(minutesText.indexOf("Peringkat akhir 2 \u2013 H. Muhammad Rizki"));

        String recapText = SampleDocuments.flowText(recap.getContent());
        assertThat(recapText).contains("Kantor Diam " + suffix + " \u2013 tidak mengusulkan",
                "Dinas Rekap " + suffix + " 01", "Dinas Rekap " + suffix + " 02", "Finalis", "3 OPD diundang, 2 mengusulkan");
        List<String> recapLines = SampleDocuments.lines(SampleDocuments.text(recap.getContent()));
        // instrument scores, total, verification, panel score, final score, rank, status on the finalist's line
        assertThat(lineStartingWith(recapLines, "1. Dr. Hj. Siti Nur'aini, S.Pd., M.M."))
                .endsWith(" 0 0 40 10 20 70 Finalis 77,5 73 1 Finalis");
        assertThat(lineStartingWith(recapLines, "2. H. Muhammad Rizki, S.T., M.T."))
                .endsWith(" 0 0 40 10 20 70 Finalis 60 66 2 Finalis");

        MockMvc mvc = WebAs.login(context, "bkpsdm.uji", RoleGroups.BKPSDM_ADMIN);
        String page = mvc.perform(get("/periode/" + period.getCode())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("/dokumen/" + minutes.getId(), "/dokumen/" + recap.getId(),
                "Berita Acara Penilaian Tim Penilai Eksternal", "Rekapitulasi Penilaian");

        for (GeneratedDocument document : List.of(minutes, recap)) {
            String code = VerificationCode.grouped(document.getVerificationCode());
            assertThat(SampleDocuments.text(document.getContent())).contains("Kode verifikasi: " + code);
            String answer = mvc.perform(get("/verifikasi/" + code)).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(answer).contains("ASLI", Messages.label(document.getType()), period.getCode());
        }
    }

    /** The lines of one finalist's table in the minutes: from its heading to its rank row. */
    private static List<String> finalistBlock(List<String> lines, String heading, String rankRow) {
        int from = lines.indexOf(lines.stream().filter(l -> l.startsWith(heading)).findFirst().orElseThrow(
                () -> new AssertionError("no heading " + heading)));
        int to = lines.subList(from, lines.size()).indexOf(rankRow);
        assertThat(to).as("rank row %s after %s", rankRow, heading).isPositive();
        return lines.subList(from, from + to + 1);
    }

    private static String lineStartingWith(List<String> lines, String start) {
        List<String> found = lines.stream().filter(l -> l.startsWith(start)).toList();
        assertThat(found).as("one line starting with %s", start).hasSize(1);
        return found.get(0);
    }

    /** A finalist in an OPD of its own, with a filled and signed-off instrument (total 70). */
    private Nomination finalist(AwardPeriod period, String suffix, String number, String name) {
        Opd opd = opd(suffix, number, "Dinas Rekap " + suffix + " " + number);
        return build.nominee(period, "TREK-" + suffix + "-" + number).name(name).in(opd).assessed()
                .status(NominationStatus.FINALIST).save();
    }

    /** An OPD of this test only, inactive so that no period opened by another test calls it. */
    private Opd opd(String suffix, String number, String name) {
        return build.inactiveOpd("trek" + suffix.toLowerCase(Locale.ROOT) + number, name);
    }
}
