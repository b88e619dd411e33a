package id.sipetruk.assessment;

import id.sipetruk.PeriodBuilder;
import id.sipetruk.nomination.Nomination;
import id.sipetruk.organization.Opd;
import id.sipetruk.period.AwardPeriod;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Nominations for the evidence tests, each with its own codes (random suffix), so rows of earlier runs on a kept
 * PostgreSQL database do not matter; and small files of each kind.
 */
@Component
public class EvidenceFixtures {

    public static final byte[] PDF = "%PDF-1.4\n% data dukung uji\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    public static final byte[] JPEG = bytes(new int[] {0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0x00}, 300);
    public static final byte[] PNG = bytes(new int[] {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D}, 2000);
    public static final byte[] TEXT = "Ini hanya teks biasa, bukan PDF.\n".getBytes(StandardCharsets.UTF_8);

    private final PeriodBuilder build;
    private final AssessmentService assessments;

    EvidenceFixtures(PeriodBuilder build, AssessmentService assessments) {
        this.build = build;
        this.assessments = assessments;
    }

    /** A nomination in status ASSESSMENT (the OPD admin's task). */
    public Nomination nomination() {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        Opd opd = build.opd("tev" + suffix.toLowerCase(Locale.ROOT), "Dinas Uji Data Dukung " + suffix);
        AwardPeriod period = build.period("TEV-" + suffix).title("ASN Berprestasi Uji " + suffix).save();
        return build.nominee(period, "TEV-" + suffix + "-01").name("Rina Marlina, A.Md.Kep.")
                .position("Perawat Terampil", "Pengatur (II/c)").in(opd).save();
    }

    /** The instrument filled and signed off (status HEAD_REVIEW is not needed for the printout). */
    public void assess(Nomination nomination) {
        assessments.fill(nomination.getId(), new AssessmentInput(new BigDecimal("90"), new BigDecimal("97"),
                "Layanan Arsip Digital", "Uraian inovasi.", 30, BehaviourResult.AS_EXPECTED), "admin.uji");
        assessments.signOff(nomination.getId(), 15, "kepala.uji");
    }

    /** A file of the given size that starts like the given content. */
    public static byte[] sized(byte[] start, int size) {
        byte[] content = Arrays.copyOf(start, size);
        Arrays.fill(content, Math.min(start.length, size), size, (byte) 'x');
        return content;
    }

    private static byte[] bytes(int[] start, int size) {
        byte[] content = new byte[size];
        for (int i = 0; i < start.length; i++) {
            content[i] = (byte) start[i];
        }
        return content;
    }

}
