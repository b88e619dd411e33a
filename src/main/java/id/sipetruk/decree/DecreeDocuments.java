package id.sipetruk.decree;

import id.sipetruk.document.CertificateData;
import id.sipetruk.document.DecreeDraftData;
import id.sipetruk.document.DocumentService;
import id.sipetruk.document.DocumentType;
import id.sipetruk.document.GeneratedDocument;
import id.sipetruk.document.Nominee;
import id.sipetruk.nomination.Nomination;
import id.sipetruk.period.AwardPeriod;
import id.sipetruk.period.AwardPeriodRepository;
import id.sipetruk.regency.Regency;
import id.sipetruk.regency.RegencySettingsService;
import id.sipetruk.regency.Wording;
import id.sipetruk.regency.WordingService;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The Keputusan Bupati with its Lampiran (subject: the period's code) and the awardees' Piagam Penghargaan. */
@Component
@Transactional
public class DecreeDocuments {

    private final DecreeRepository decrees;
    private final DecreeService decreeService;
    private final AwardPeriodRepository periods;
    private final EntityManager entityManager;
    private final RegencySettingsService regency;
    private final WordingService wordings;
    private final DocumentService documents;
    private final Clock clock;

    public DecreeDocuments(DecreeRepository decrees, DecreeService decreeService, AwardPeriodRepository periods,
                           EntityManager entityManager, RegencySettingsService regency, WordingService wordings,
                           DocumentService documents, Clock clock) {
        this.clock = clock;
        this.decrees = decrees;
        this.decreeService = decreeService;
        this.periods = periods;
        this.entityManager = entityManager;
        this.regency = regency;
        this.wordings = wordings;
        this.documents = documents;
    }

    /**
     * A decree version with its Lampiran; "DRAF" until the decree has a number. The document version is the decree's
     * version, or the next free one when that is taken (the numbered decree issued after approval is a later version
     * of the same decree).
     */
    public GeneratedDocument generateDecree(Long decreeId) {
        Decree decree = decrees.findById(decreeId)
                .orElseThrow(() -> new NoSuchElementException("Keputusan " + decreeId + " tidak ditemukan"));
        String periodCode = decree.getPeriod().getCode();
        int version = Math.max(decree.getVersion(), documents.nextVersion(DocumentType.DECREE_DRAFT, periodCode));
        return documents.issue(data(decree, wordings.forIssue()).asVersion(version));
    }

    /**
     * The period's latest decree version from the current data, stamped "PRATINJAU" and without verification code;
     * nothing is stored (for the Bupati before he decides).
     */
    @Transactional(readOnly = true)
    public Optional<byte[]> previewDecree(String periodCode) {
        return periods.findByCode(periodCode)
                .flatMap(period -> decrees.findFirstByPeriodIdOrderByVersionDesc(period.getId()))
                .map(decree -> data(decree, wordings.current()).preview());
    }

    /** The Piagam Penghargaan of one awardee of an approved decree; subject = the awardee's nomination code. */
    public GeneratedDocument generateCertificate(Long decreeAwardeeId) {
        DecreeAwardee awardee = Optional.ofNullable(entityManager.find(DecreeAwardee.class, decreeAwardeeId))
                .orElseThrow(() -> new NoSuchElementException("Penerima penghargaan " + decreeAwardeeId
                        + " tidak ditemukan"));
        // the decree's own columns only: the Decree entity loads all its awardees (eager), each with nomination,
        // employee and OPD, which made every certificate of a period read the whole decree again
        DecreeFacts decree = entityManager.createQuery("select new id.sipetruk.decree.DecreeDocuments$DecreeFacts("
                + "d.id, d.status, d.decreeNumber, d.decidedAt, d.period.id) from DecreeAwardee a join a.decree d "
                + "where a.id = :id", DecreeFacts.class).setParameter("id", decreeAwardeeId).getSingleResult();
        if (decree.status() != DecreeStatus.APPROVED) {
            throw new IllegalStateException("Certificates are made for an approved decree only; decree " + decree.id()
                    + " is " + decree.status());
        }
        AwardPeriod period = entityManager.find(AwardPeriod.class, decree.periodId());
        String code = awardee.getNomination().getCode();
        int version = documents.nextVersion(DocumentType.CERTIFICATE, code);
        return documents.issue(sheet(period, decree.decreeNumber(), decree.decidedAt())
                .certificate(awardee, version, LocalDateTime.now(clock)));
    }

    /**
     * The Piagam Penghargaan of every awardee of the period's approved decree, in rank order (Task_GenerateCertificates).
     * What they share (decree, period, regency settings, wording, the next versions) is read once for all; the PDFs
     * are rendered in parallel and stored in this transaction ({@link DocumentService#issueAll}).
     */
    public List<GeneratedDocument> generateCertificates(Long periodId) {
        Decree decree = decreeService.approvedDecree(periodId);
        CertificateSheet sheet = sheet(decree.getPeriod(), decree.getDecreeNumber(), decree.getDecidedAt());
        List<DecreeAwardee> awardees = decree.getAwardees();
        Map<String, Integer> versions = documents.nextVersions(DocumentType.CERTIFICATE,
                awardees.stream().map(a -> a.getNomination().getCode()).toList());
        return documents.issueAll(awardees.stream().map(a -> sheet.certificate(a,
                versions.get(a.getNomination().getCode()), LocalDateTime.now(clock))).toList());
    }

    record DecreeFacts(Long id, DecreeStatus status, String decreeNumber, LocalDateTime decidedAt, Long periodId) {
    }

    /** What every certificate of a period prints alike. */
    private record CertificateSheet(Regency regency, Wording wording, int year, String decreeNumber, LocalDate date) {

        CertificateData certificate(DecreeAwardee awardee, int version, LocalDateTime generatedAt) {
            Nomination nomination = awardee.getNomination();
            return new CertificateData(regency, nominee(nomination), awardee.getAwardTitle(), year, decreeNumber, date,
                    nomination.getCode(), version, generatedAt, wording);
        }
    }

    /** The date printed is the ceremony's, or else the decree's, or else today. */
    private CertificateSheet sheet(AwardPeriod period, String decreeNumber, LocalDateTime decidedAt) {
        LocalDate date = period.getCeremonyDate() != null ? period.getCeremonyDate()
                : decidedAt != null ? decidedAt.toLocalDate()
                : LocalDateTime.now(clock).toLocalDate();
        Regency printed = regency.effective();
        return new CertificateSheet(printed, wordings.forIssue().filledFor(printed, period.getYear()), period.getYear(),
                decreeNumber, date);
    }

    private DecreeDraftData data(Decree decree, Wording wording) {
        AwardPeriod period = decree.getPeriod();
        List<DecreeDraftData.Awardee> awardees = decree.getAwardees().stream()
                .sorted(Comparator.comparingInt(DecreeAwardee::getRankOrder))
                .map(a -> new DecreeDraftData.Awardee(a.getRankOrder(), nominee(a.getNomination()), a.getAwardTitle()))
                .toList();
        boolean approved = decree.getStatus() == DecreeStatus.APPROVED && decree.getDecreeNumber() != null;
        Regency printed = regency.effective();
        return new DecreeDraftData(printed, period.getCode(), period.getYear(),
                decree.getVersion(), approved ? decree.getDecreeNumber() : null,
                approved && decree.getDecidedAt() != null ? decree.getDecidedAt().toLocalDate() : null, awardees,
                LocalDateTime.now(clock), wording.filledFor(printed, period.getYear()));
    }

    private static Nominee nominee(Nomination nomination) {
        return Nominee.of(nomination.getEmployee(), nomination.getOpd().getName());
    }
}
