package id.sipetruk.document;

import id.sipetruk.assessment.Assessment;
import id.sipetruk.assessment.AssessmentRepository;
import id.sipetruk.decree.Decree;
import id.sipetruk.decree.DecreeAwardee;
import id.sipetruk.decree.DecreeRepository;
import id.sipetruk.decree.DecreeStatus;
import id.sipetruk.evidence.EvidenceRepository;
import id.sipetruk.evidence.FileSizes;
import id.sipetruk.nomination.Nomination;
import id.sipetruk.nomination.NominationRepository;
import id.sipetruk.period.AwardPeriod;
import jakarta.persistence.EntityManager;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Produces SI PETRUK's PDFs (assessment result, decree with its annex, certificates) and keeps every one of
 * them as a new version with its SHA-256, so a printed or mailed copy can be checked against the original.
 * Every PDF prints a verification code derived from what it prints ({@link DocumentFacts#code()}) and a QR code
 * of the public page that checks it ({@code sipetruk.public-url}/verifikasi/{code}).
 */
@Service
@Transactional
public class DocumentService {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentService.class);

    private final GeneratedDocumentRepository documents;
    private final NominationRepository nominations;
    private final AssessmentRepository assessments;
    private final DecreeRepository decrees;
    private final EntityManager entityManager;
    private final RegencySettingsService regency;
    private final ZoneId zone;
    private final String publicUrl;
    private final EvidenceRepository evidence;
    private final PeriodDocumentData periodData;
    private final VerificationKey verificationKey;

    public DocumentService(GeneratedDocumentRepository documents, NominationRepository nominations,
                           AssessmentRepository assessments, DecreeRepository decrees, EntityManager entityManager,
                           RegencySettingsService regency, @Value("${sipetruk.zone:Asia/Makassar}") String zone,
                           @Value("${sipetruk.public-url:http://localhost:8080}") String publicUrl,
                           EvidenceRepository evidence, PeriodDocumentData periodData, VerificationKey verificationKey) {
        this.verificationKey = verificationKey;
        this.documents = documents;
        this.nominations = nominations;
        this.assessments = assessments;
        this.decrees = decrees;
        this.entityManager = entityManager;
        this.regency = regency;
        this.zone = ZoneId.of(zone);
        this.publicUrl = publicUrl;
        this.evidence = evidence;
        this.periodData = periodData;
    }

    /** The printed "Hasil Penilaian Instrumen Kinerja" of a nomination; subject = the nomination's code. */
    public GeneratedDocument generateAssessmentResult(Long nominationId) {
        Nomination nomination = nominations.findById(nominationId)
                .orElseThrow(() -> new NoSuchElementException("Nominasi " + nominationId + " tidak ditemukan"));
        Assessment assessment = assessment(nomination);
        int version = nextVersion(DocumentType.ASSESSMENT_RESULT, nomination.getCode());
        AssessmentResultData data = assessmentResultData(nomination, assessment, version);
        DocumentFacts facts = DocumentFacts.of(data);
        return store(facts, DocumentFiles.assessmentResult(nomination.getCode(), version),
                new AssessmentResultPdf().render(data, verification(facts)));
    }

    /**
     * The Keputusan Bupati of a decree version with its Lampiran; "DRAF" until the decree has a number.
     * Subject = the period's code; the document version is the decree's version, or the next free one when that
     * is taken (the numbered decree issued after approval is a later version of the same decree).
     */
    public GeneratedDocument generateDecreeDraft(Long decreeId) {
        Decree decree = decrees.findById(decreeId)
                .orElseThrow(() -> new NoSuchElementException("Keputusan " + decreeId + " tidak ditemukan"));
        AwardPeriod period = decree.getPeriod();
        int version = Math.max(decree.getVersion(), nextVersion(DocumentType.DECREE_DRAFT, period.getCode()));
        boolean approved = isApproved(decree);
        DecreeDraftData data = decreeData(decree);
        DocumentFacts facts = DocumentFacts.of(data, version);
        return store(facts, DocumentFiles.decree(period.getCode(), decree.getVersion(), !approved, version),
                new DecreeDraftPdf().render(data, verification(facts)));
    }

    /** The Piagam Penghargaan of one awardee of a decree; subject = the awardee's nomination code. */
    public GeneratedDocument generateCertificate(Long decreeAwardeeId) {
        DecreeAwardee awardee = Optional.ofNullable(entityManager.find(DecreeAwardee.class, decreeAwardeeId))
                .orElseThrow(() -> new NoSuchElementException("Penerima penghargaan " + decreeAwardeeId
                        + " tidak ditemukan"));
        Nomination nomination = awardee.getNomination();
        Decree decree = awardee.getDecree();
        if (decree.getStatus() != DecreeStatus.APPROVED) {
            throw new IllegalStateException("Certificates are made for an approved decree only; decree " + decree.getId()
                    + " is " + decree.getStatus());
        }
        AwardPeriod period = decree.getPeriod();
        LocalDate date = period.getCeremonyDate() != null ? period.getCeremonyDate()
                : decree.getDecidedAt() != null ? decree.getDecidedAt().toLocalDate() : today();
        int version = nextVersion(DocumentType.CERTIFICATE, nomination.getCode());
        CertificateData data = new CertificateData(regency.effective(), nominee(nomination), awardee.getAwardTitle(),
                period.getYear(), decree.getDecreeNumber(), date, nomination.getCode(), version, now());
        DocumentFacts facts = DocumentFacts.of(data);
        return store(facts, DocumentFiles.certificate(nomination.getCode(), version),
                new CertificatePdf().render(data, verification(facts)));
    }

    /**
     * The Berita Acara Penilaian Tim Penilai Eksternal of a period, dated today (it is drawn up when the panel's
     * scores are aggregated); subject = the period's code.
     */
    public GeneratedDocument generatePanelMinutes(Long periodId) {
        String code = periodData.period(periodId).getCode();
        int version = nextVersion(DocumentType.PANEL_MINUTES, code);
        PanelMinutesData data = periodData.panelMinutes(periodId, today(), version, now());
        DocumentFacts facts = DocumentFacts.of(data);
        return store(facts, DocumentFiles.panelMinutes(code, version),
                new PanelMinutesPdf().render(data, verification(facts)));
    }

    /** The Rekapitulasi of a period (every nominee by OPD), dated today; subject = the period's code. */
    public GeneratedDocument generateRecapitulation(Long periodId) {
        String code = periodData.period(periodId).getCode();
        int version = nextVersion(DocumentType.RECAPITULATION, code);
        RecapitulationData data = periodData.recapitulation(periodId, today(), version, now());
        DocumentFacts facts = DocumentFacts.of(data);
        return store(facts, DocumentFiles.recapitulation(code, version),
                new RecapitulationPdf().render(data, verification(facts)));
    }

    /**
     * The "Hasil Penilaian Instrumen Kinerja" of a nomination from the current data, stamped "PRATINJAU" and
     * without verification code; nothing is stored (for the OPD head before sign-off).
     */
    @Transactional(readOnly = true)
    public Optional<byte[]> previewAssessmentResult(String nominationCode) {
        return nominations.findByCode(nominationCode)
                .filter(n -> assessments.findByNominationId(n.getId()).isPresent())
                .map(n -> new AssessmentResultPdf().preview(assessmentResultData(n, assessment(n),
                        nextVersion(DocumentType.ASSESSMENT_RESULT, n.getCode()))));
    }

    /**
     * The Keputusan Bupati of the period's latest decree version from the current data, stamped "PRATINJAU" and
     * without verification code; nothing is stored (for the Bupati before he decides).
     */
    @Transactional(readOnly = true)
    public Optional<byte[]> previewDecree(String periodCode) {
        return periodId(periodCode).flatMap(decrees::findFirstByPeriodIdOrderByVersionDesc)
                .map(decree -> new DecreeDraftPdf().preview(decreeData(decree)));
    }

    @Transactional(readOnly = true)
    public Optional<GeneratedDocument> latest(DocumentType type, String subjectCode) {
        return documents.findFirstByTypeAndSubjectCodeOrderByVersionDesc(type, subjectCode);
    }

    /** Every document of one subject (a nomination's or a period's code), oldest first. */
    @Transactional(readOnly = true)
    public List<GeneratedDocument> forSubject(String subjectCode) {
        return documents.findBySubjectCodeOrderByIdAsc(subjectCode);
    }

    @Transactional(readOnly = true)
    public Optional<GeneratedDocument> find(Long documentId) {
        return documents.findById(documentId);
    }

    /** SHA-256 of the bytes, lower-case hex, as stored with every document. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The document with the verification code of the facts it prints. */
    @Transactional(readOnly = true)
    public Optional<GeneratedDocument> findByVerificationCode(String code) {
        return documents.findByVerificationCode(code);
    }

    /** The verification a document with these facts prints: its code and the public address checking it. */
    public Verification verification(DocumentFacts facts) {
        return Verification.of(facts.code(verificationKey), publicUrl);
    }

    private GeneratedDocument store(DocumentFacts facts, String fileName, byte[] pdf) {
        GeneratedDocument saved = documents.save(new GeneratedDocument(facts, facts.code(verificationKey), fileName, pdf,
                sha256(pdf)));
        LOG.info("Document {} {} version {} stored ({} bytes, sha256 {}, verification code {})", facts.type(),
                facts.subjectCode(), facts.version(), pdf.length, saved.getSha256(), saved.getVerificationCode());
        return saved;
    }

    private Assessment assessment(Nomination nomination) {
        return assessments.findByNominationId(nomination.getId())
                .orElseThrow(() -> new NoSuchElementException("Instrumen penilaian nominasi " + nomination.getCode()
                        + " belum diisi"));
    }

    private AssessmentResultData assessmentResultData(Nomination nomination, Assessment assessment, int version) {
        AwardPeriod period = nomination.getPeriod();
        return new AssessmentResultData(regency.effective(), nomination.getCode(),
                period.getTitle(), nominee(nomination), YearMonth.of(period.getReferenceYear(), period.getReferenceMonth()),
                period.getRubric(),
                new AssessmentResultData.Scores(assessment.getEKinerjaValue(), assessment.getKinerjaScore(),
                        assessment.getAttendancePercent(), assessment.getDisiplinScore(), assessment.getInnovationName(),
                        assessment.getInnovationDescription(), assessment.getInnovationScore(),
                        assessment.getBehaviourResult(), assessment.getPerilakuScore(), assessment.getTeamWorkScore(),
                        assessment.getTotalScore()),
                new AssessmentResultData.SignOff(assessment.getFilledBy(), assessment.getFilledAt(),
                        assessment.getSignedOffBy(), assessment.getSignedOffAt()),
                assessment.getSignedOffAt() != null ? assessment.getSignedOffAt().toLocalDate() : today(), version, now(),
                evidenceOf(nomination.getId()));
    }

    private DecreeDraftData decreeData(Decree decree) {
        AwardPeriod period = decree.getPeriod();
        List<DecreeDraftData.Awardee> awardees = decree.getAwardees().stream()
                .sorted(Comparator.comparingInt(DecreeAwardee::getRankOrder))
                .map(a -> new DecreeDraftData.Awardee(a.getRankOrder(), nominee(a.getNomination()), a.getAwardTitle()))
                .toList();
        boolean approved = isApproved(decree);
        return new DecreeDraftData(regency.effective(), period.getCode(), period.getYear(),
                decree.getVersion(), approved ? decree.getDecreeNumber() : null,
                approved && decree.getDecidedAt() != null ? decree.getDecidedAt().toLocalDate() : null, awardees, now());
    }

    private static boolean isApproved(Decree decree) {
        return decree.getStatus() == DecreeStatus.APPROVED && decree.getDecreeNumber() != null;
    }

    private Optional<Long> periodId(String periodCode) {
        return entityManager.createQuery("select p.id from AwardPeriod p where p.code = :code", Long.class)
                .setParameter("code", periodCode).getResultStream().findFirst();
    }

    private int nextVersion(DocumentType type, String subject) {
        return latest(type, subject).map(d -> d.getVersion() + 1).orElse(1);
    }

    /** The evidence files (data dukung) of a nomination as the printout lists them, oldest first. */
    private List<AssessmentResultData.EvidenceFile> evidenceOf(Long nominationId) {
        return evidence.findByNominationIdOrderByUploadedAtAscIdAsc(nominationId).stream()
                .map(e -> new AssessmentResultData.EvidenceFile(e.getFileName(), e.typeLabel(),
                        FileSizes.format(e.getSizeBytes())))
                .toList();
    }

    private static Nominee nominee(Nomination nomination) {
        return Nominee.of(nomination.getEmployee(), nomination.getOpd().getName());
    }

    private LocalDate today() {
        return LocalDate.now(zone);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(zone);
    }
}
