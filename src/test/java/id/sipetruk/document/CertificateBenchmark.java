package id.sipetruk.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import id.sipetruk.PeriodBuilder;
import id.sipetruk.StatusPaths;
import id.sipetruk.common.DocumentFonts;
import id.sipetruk.decree.Decree;
import id.sipetruk.decree.DecreeAwardee;
import id.sipetruk.decree.DecreeDocuments;
import id.sipetruk.decree.DecreeService;
import id.sipetruk.demo.DemoLogo;
import id.sipetruk.nomination.Nomination;
import id.sipetruk.nomination.NominationRepository;
import id.sipetruk.organization.Employee;
import id.sipetruk.organization.EmployeeRepository;
import id.sipetruk.organization.Nip;
import id.sipetruk.organization.Opd;
import id.sipetruk.organization.OpdRepository;
import id.sipetruk.period.AwardPeriod;
import id.sipetruk.period.AwardPeriodStatus;
import id.sipetruk.regency.RegencySetting;
import id.sipetruk.regency.RegencySettingRepository;
import id.sipetruk.regency.RegencySettingsForm;
import id.sipetruk.regency.RegencySettingsService;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Not a timed test (surefire excludes *Benchmark.java): generates Piagam Penghargaan for the 1,100 awardees of one
 * period and prints certificates per second, two ways:
 * <ul>
 * <li>one by one ({@link DecreeDocuments#generateCertificate}, as a single re-issue): load the awardee, render the PDF
 * with its verification code and QR code, store it in generated_document, each in a transaction of its own; 100 warm
 * up, 1,000 are measured;</li>
 * <li>the job's path (GenerateCertificatesDelegate → {@link DecreeDocuments#generateCertificates}): all 1,100 in one
 * transaction, what they share read once, the PDFs rendered on every core.</li>
 * </ul>
 * A second pass does the same with a logo stored on /pengaturan (the demo's drawn emblem). References in the same
 * run: an empty page of the same size in the same fonts (before and after, the mean is the reference), and the
 * certificate's PDF alone (the same content rendered with its verification, on one thread, no database). Run it on
 * demand:
 *
 * <pre>./mvnw -q test -Dtest=CertificateBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * It uses the test profile's database (H2 in memory; PostgreSQL with -Ppostgres-tests) and its own codes.
 */
@SpringBootTest
class CertificateBenchmark {

    private static final int WARM_UP = 100;
    private static final int MEASURED = 1_000;

    @Autowired DocumentService documents;
    @Autowired DecreeDocuments decreeDocuments;
    @Autowired DecreeService decrees;
    @Autowired RegencySettingsService settings;
    @Autowired RegencySettingRepository settingRows;
    @Autowired OpdRepository opds;
    @Autowired EmployeeRepository employees;
    @Autowired PeriodBuilder build;
    @Autowired NominationRepository nominations;
    @Autowired JdbcTemplate jdbc;

    @Test
    void certificatesPerSecond() {
        long setupStart = System.nanoTime();
        List<Long> awardees = awardees(WARM_UP + MEASURED);
        System.out.printf(Locale.ROOT, "%n[benchmark] %d awardees, one approved decree: set up in %.1f s%n",
                awardees.size(), (System.nanoTime() - setupStart) / 1e9);

        run("warm-up", awardees.subList(0, WARM_UP));
        emptyPages("warm-up: empty page", WARM_UP);
        Result emptyBefore = emptyPages("reference: empty page, same size and fonts", MEASURED);
        Result plain = run("without logo", awardees.subList(WARM_UP, WARM_UP + MEASURED));
        Result plainJob = job("the job's path, without logo");
        Result plainPdf = pdfOnly("certificate PDF alone, no database, without logo", MEASURED);

        RegencySetting before = settingRows.findById(RegencySetting.ID).map(RegencySetting::copy).orElse(null);
        try {
            RegencySettingsForm form = settings.form();
            if (form.getBkpsdmHeadNip() == null || form.getBkpsdmHeadNip().isBlank()) {
                form.setBkpsdmHeadNip("196812071997011005");
            }
            settings.save(form, DemoLogo.draw(), "benchmark");
            run("warm-up with logo", awardees.subList(0, WARM_UP));
            Result logo = run("with logo", awardees.subList(WARM_UP, WARM_UP + MEASURED));
            Result logoJob = job("the job's path, with logo");
            Result logoPdf = pdfOnly("certificate PDF alone, no database, with logo", MEASURED);
            Result emptyAfter = emptyPages("reference: empty page, same size and fonts, again", MEASURED);
            double empty = (emptyBefore.perSecond() + emptyAfter.perSecond()) / 2;
            System.out.printf(Locale.ROOT, "[benchmark] empty pages %.1f/s (%.1f, %.1f); certificates without logo "
                    + "%.1f/s = %.2f of the empty page (the job's path %.1f/s = %.2f, PDF alone %.1f/s = %.2f); with "
                    + "logo %.1f/s = %.2f (the job's path %.1f/s = %.2f, PDF alone %.1f/s = %.2f); %s, %d cores, "
                    + "Java %s%n", empty, emptyBefore.perSecond(), emptyAfter.perSecond(),
                    plain.perSecond(), plain.perSecond() / empty, plainJob.perSecond(), plainJob.perSecond() / empty,
                    plainPdf.perSecond(), plainPdf.perSecond() / empty,
                    logo.perSecond(), logo.perSecond() / empty, logoJob.perSecond(), logoJob.perSecond() / empty,
                    logoPdf.perSecond(), logoPdf.perSecond() / empty,
                    database(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        } finally {
            if (before == null) {
                settingRows.deleteAll();
            } else {
                settingRows.save(before);
            }
        }
    }

    record Result(String label, int count, double seconds, long bytes) {
        double perSecond() {
            return count / seconds;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s: %d in %.2f s = %.1f/s, %.2f ms each, %.0f KB each", label, count,
                    seconds, perSecond(), seconds * 1000 / count, bytes / 1024.0 / count);
        }
    }

    /**
     * The reference: an A4 landscape page (the certificate's size) with one word in each face the certificate
     * prints in (Liberation Serif regular, bold and italic; Liberation Sans regular and bold in the footer and the
     * verification code), embedded as the certificate embeds them.
     */
    private static Result emptyPages(String label, int count) {
        List<Font> faces = List.of(DocumentFonts.font(Font.TIMES_ROMAN, 13, Font.NORMAL, Color.BLACK),
                DocumentFonts.font(Font.TIMES_ROMAN, 13, Font.BOLD, Color.BLACK),
                DocumentFonts.font(Font.TIMES_ROMAN, 13, Font.ITALIC, Color.BLACK),
                DocumentFonts.font(Font.HELVETICA, 7, Font.NORMAL, Color.BLACK),
                DocumentFonts.font(Font.HELVETICA, 8.5f, Font.BOLD, Color.BLACK));
        long bytes = 0;
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(PageSize.A4.rotate(), 54, 54, 54, 68);
            PdfWriter.getInstance(document, out);
            document.open();
            for (Font face : faces) {
                document.add(new Paragraph("Piagam", face));
            }
            document.close();
            bytes += out.size();
        }
        Result result = new Result(label, count, (System.nanoTime() - start) / 1e9, bytes);
        System.out.println("[benchmark] " + result);
        return result;
    }

    /** The last certificate's content rendered again and again, with its verification: OpenPDF and the QR code. */
    private Result pdfOnly(String label, int count) {
        DecreeAwardee awardee = sampleAwardee;
        CertificateData data = new CertificateData(settings.effective(), sampleNominee, awardee.getAwardTitle(),
                2026, "800.1.13/001/BKPSDM/2026", LocalDate.of(2026, 12, 10), "TBENCH-SAMPLE", 1, LocalDateTime.now());
        Verification verification = documents.verification(data.facts());
        long bytes = 0;
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            bytes += data.render(verification).length;
        }
        Result result = new Result(label, count, (System.nanoTime() - start) / 1e9, bytes);
        System.out.println("[benchmark] " + result);
        return result;
    }

    private String database() {
        return jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
    }

    private Long periodId;
    private DecreeAwardee sampleAwardee;
    private Nominee sampleNominee;

    /**
     * What GenerateCertificatesDelegate does for the certificates: every awardee of the period (all 1,100, a new
     * version each) in one transaction, as the job's engine transaction.
     */
    private Result job(String label) {
        long start = System.nanoTime();
        List<GeneratedDocument> made = decreeDocuments.generateCertificates(periodId);
        Result result = new Result(label, made.size(), (System.nanoTime() - start) / 1e9,
                made.stream().mapToLong(d -> d.getContent().length).sum());
        assertThat(made).hasSize(WARM_UP + MEASURED)
                .allSatisfy(d -> assertThat(d.getVerificationCode()).hasSize(16));
        System.out.println("[benchmark] " + result);
        return result;
    }

    private Result run(String label, List<Long> awardeeIds) {
        long bytes = 0;
        long start = System.nanoTime();
        for (Long id : awardeeIds) {
            GeneratedDocument certificate = decreeDocuments.generateCertificate(id);
            bytes += certificate.getContent().length;
            assertThat(certificate.getVerificationCode()).hasSize(16);
        }
        Result result = new Result(label, awardeeIds.size(), (System.nanoTime() - start) / 1e9, bytes);
        System.out.println("[benchmark] " + result);
        return result;
    }

    /** One period with {@code count} finalists proposed and approved as awardees (DecreeService). */
    private List<Long> awardees(int count) {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        Opd opd = opds.save(new Opd("tbench" + suffix.toLowerCase(Locale.ROOT), "Dinas Uji Kinerja " + suffix));
        AwardPeriod period = build.period("TBENCH-" + suffix).title("ASN Berprestasi Uji " + suffix)
                .quotas(count, count, count).at(AwardPeriodStatus.DECREE).save();
        List<Employee> staff = new ArrayList<>();
        Set<String> nips = new HashSet<>();
        for (int i = 0; staff.size() < count; i++) {
            String nip = nip(i);
            if (nips.add(nip) && employees.findByNip(nip).isEmpty()) {
                staff.add(new Employee(nip, name(i), "Analis Sumber Daya Manusia Aparatur Ahli Muda pada Bidang "
                        + "Pengembangan Kompetensi Aparatur", "Penata Tingkat I (III/d)", opd));
            }
        }
        employees.saveAll(staff);
        List<Nomination> nominees = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Nomination n = new Nomination("TBENCH-" + suffix + "-" + String.format("%04d", i + 1), period, opd,
                    staff.get(i), "kepala.uji");
            StatusPaths.finalist(n, i + 1, "80.00", "80.00");
            nominees.add(n);
        }
        nominations.saveAll(nominees);
        Decree decree = decrees.propose(period.getId(), nominees.stream().map(Nomination::getCode).toList(),
                "admin.bkpsdm");
        decrees.approve(decree.getId(), "bupati");
        decrees.issue(period.getId());
        periodId = period.getId();
        sampleAwardee = decrees.get(decree.getId()).getAwardees().get(0);
        sampleNominee = Nominee.of(staff.get(0), opd.getName());
        return decrees.get(decree.getId()).getAwardees().stream()
                .sorted(Comparator.comparingInt(DecreeAwardee::getRankOrder)).map(DecreeAwardee::getId).toList();
    }

    /** Distinct valid NIPs: birth dates spread over 1970-1994, appointed at 25, alternating sex. */
    private static String nip(int i) {
        int year = 1970 + (i / 336) % 25;
        int month = 1 + (i / 28) % 12;
        int day = 1 + i % 28;
        String nip = String.format("%04d%02d%02d%04d%02d%d%03d", year, month, day, year + 25, month, 1 + i % 2,
                1 + (i / 8400) % 999);
        return Nip.parse(nip).value();
    }

    private static String name(int i) {
        String[] first = {"Dr. Hj. Siti", "H. Muhammad", "Rina", "Ahmad", "Nur", "Dewi", "Fajar", "Hendra"};
        String[] last = {"Nur'aini, S.Pd., M.M.", "Rizki, S.T., M.T.", "Marlina, A.Md.Kep.", "Fauzi, S.Kom.",
                "Hidayati, S.E., M.Si.", "Lestari, S.Sos.", "Hakim, S.H., M.H.", "Saputra, S.IP., M.AP."};
        return first[i % first.length] + " " + last[(i / first.length) % last.length];
    }
}
