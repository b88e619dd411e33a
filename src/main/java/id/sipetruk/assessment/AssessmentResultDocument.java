package id.sipetruk.assessment;

import id.sipetruk.common.FileSizes;
import id.sipetruk.common.Messages;
import id.sipetruk.document.AssessmentResultData;
import id.sipetruk.document.DocumentService;
import id.sipetruk.document.DocumentType;
import id.sipetruk.document.GeneratedDocument;
import id.sipetruk.document.Nominee;
import id.sipetruk.nomination.Nomination;
import id.sipetruk.nomination.NominationRepository;
import id.sipetruk.period.AwardPeriod;
import id.sipetruk.regency.RegencySettingsService;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The printed "Hasil Penilaian Instrumen Kinerja" of a nomination; its subject is the nomination's code. */
@Component
@Transactional
public class AssessmentResultDocument {

    private final NominationRepository nominations;
    private final AssessmentRepository assessments;
    private final EvidenceRepository evidence;
    private final RegencySettingsService regency;
    private final DocumentService documents;
    private final Clock clock;

    public AssessmentResultDocument(NominationRepository nominations, AssessmentRepository assessments,
                                    EvidenceRepository evidence, RegencySettingsService regency,
                                    DocumentService documents, Clock clock) {
        this.clock = clock;
        this.nominations = nominations;
        this.assessments = assessments;
        this.evidence = evidence;
        this.regency = regency;
        this.documents = documents;
    }

    /** Issues the next version from the stored assessment, dated the day of the head's sign-off. */
    public GeneratedDocument generate(Long nominationId) {
        Nomination nomination = nominations.findById(nominationId)
                .orElseThrow(() -> new NoSuchElementException("Nominasi " + nominationId + " tidak ditemukan"));
        Assessment assessment = assessments.findByNominationId(nominationId)
                .orElseThrow(() -> new NoSuchElementException("Instrumen penilaian nominasi " + nomination.getCode()
                        + " belum diisi"));
        return documents.issue(data(nomination, assessment));
    }

    /**
     * The same document from the current data, stamped "PRATINJAU" and without verification code; nothing is
     * stored (for the OPD head before sign-off). Empty when the nomination or its assessment does not exist.
     */
    @Transactional(readOnly = true)
    public Optional<byte[]> preview(String nominationCode) {
        return nominations.findByCode(nominationCode)
                .flatMap(n -> assessments.findByNominationId(n.getId()).map(a -> data(n, a).preview()));
    }

    private AssessmentResultData data(Nomination nomination, Assessment assessment) {
        AwardPeriod period = nomination.getPeriod();
        int version = documents.nextVersion(DocumentType.ASSESSMENT_RESULT, nomination.getCode());
        return new AssessmentResultData(regency.effective(), nomination.getCode(), period.getTitle(),
                Nominee.of(nomination.getEmployee(), nomination.getOpd().getName()),
                YearMonth.of(period.getReferenceYear(), period.getReferenceMonth()), period.getRubric().printed(),
                new AssessmentResultData.Scores(assessment.getEKinerjaValue(),
                        assessment.getEKinerjaPredikat() == null ? null : assessment.getEKinerjaPredikat().label(),
                        assessment.getKinerjaScore(),
                        assessment.getAttendancePercent(), assessment.getDisiplinScore(), assessment.getInnovationName(),
                        assessment.getInnovationDescription(), assessment.getInnovationScore(),
                        assessment.getBehaviourResult() == null ? null : Messages.label(assessment.getBehaviourResult()),
                        assessment.getPerilakuScore(), assessment.getTeamWorkScore(), assessment.getTotalScore()),
                new AssessmentResultData.SignOff(assessment.getFilledBy(), assessment.getFilledAt(),
                        assessment.getSignedOffBy(), assessment.getSignedOffAt()),
                assessment.getSignedOffAt() != null ? assessment.getSignedOffAt().toLocalDate()
                        : LocalDateTime.now(clock).toLocalDate(),
                version, LocalDateTime.now(clock), evidenceOf(nomination.getId()));
    }

    /** The evidence files (data dukung) of a nomination as the printout lists them, oldest first. */
    private List<AssessmentResultData.EvidenceFile> evidenceOf(Long nominationId) {
        return evidence.findByNominationIdOrderByUploadedAtAscIdAsc(nominationId).stream()
                .map(e -> new AssessmentResultData.EvidenceFile(e.getFileName(), e.typeLabel(),
                        FileSizes.format(e.getSizeBytes())))
                .toList();
    }
}
