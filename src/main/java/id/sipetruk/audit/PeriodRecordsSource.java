package id.sipetruk.audit;

import id.sipetruk.common.IndonesianDates;
import id.sipetruk.common.Messages;
import id.sipetruk.decree.Decree;
import id.sipetruk.decree.DecreeAwardee;
import id.sipetruk.decree.DecreeRepository;
import id.sipetruk.decree.DecreeStatus;
import id.sipetruk.nomination.Nomination;
import id.sipetruk.period.AwardPeriod;
import id.sipetruk.period.DeadlineChangeRepository;
import id.sipetruk.period.OpdParticipation;
import id.sipetruk.period.OpdParticipationRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * What SI PETRUK's tables record about the period as a whole: OPDs without nominees, changes of the timeline's
 * deadlines, decree versions, documents.
 */
@Component
class PeriodRecordsSource implements AuditSource {

    private final OpdParticipationRepository participations;
    private final DecreeRepository decrees;
    private final AuditDocumentRepository documents;
    private final DeadlineChangeRepository deadlineChanges;

    PeriodRecordsSource(OpdParticipationRepository participations, DecreeRepository decrees,
                        AuditDocumentRepository documents, DeadlineChangeRepository deadlineChanges) {
        this.deadlineChanges = deadlineChanges;
        this.participations = participations;
        this.decrees = decrees;
        this.documents = documents;
    }

    @Override
    public List<AuditEntry> entries(AwardPeriod period, List<Nomination> nominations) {
        List<AuditEntry> entries = new ArrayList<>();
        participations.findByPeriodIdOrderByOpdName(period.getId()).stream()
                .filter(p -> p.getStatus() == OpdParticipation.Status.NO_NOMINATION)
                .forEach(p -> entries.add(new AuditEntry(p.getRespondedAt(), p.getRespondedBy(),
                        "Tidak mengusulkan calon", period.getCode(),
                        p.getOpd().getName() + " tidak mengusulkan calon sampai nominasi ditutup")));
        deadlineChanges.findByPeriodIdOrderByChangedAt(period.getId()).forEach(change -> entries.add(new AuditEntry(
                change.getChangedAt(), change.getChangedBy(), "Batas waktu tahap diubah", period.getCode(),
                "Tahap " + change.getStage().label() + ": dari " + IndonesianDates.dateTime(change.getOldDueAt())
                        + " menjadi " + IndonesianDates.dateTime(change.getNewDueAt()) + " (" + change.getMovedTasks()
                        + " tugas terbuka dipindahkan). Alasan: " + change.getReason())));
        decrees.findByPeriodIdOrderByVersion(period.getId()).forEach(decree -> entries.addAll(decree(decree)));
        List<String> subjects = Stream.concat(Stream.of(period.getCode()), nominations.stream().map(Nomination::getCode))
                .toList();
        documents.versionsOf(subjects).forEach(doc -> entries.add(new AuditEntry(doc.createdAt(),
                AuditEntry.SYSTEM, "Dokumen dibuat", doc.subjectCode(), Messages.label(doc.type()) + " versi "
                + doc.version() + (doc.verificationCode() == null ? "" : ", kode verifikasi " + doc.verificationCode()))));
        return entries;
    }

    private List<AuditEntry> decree(Decree decree) {
        String code = decree.getPeriod().getCode();
        List<AuditEntry> entries = new ArrayList<>();
        entries.add(new AuditEntry(decree.getProposedAt(), decree.getProposedBy(), "SK diusulkan",
                code, "Versi " + decree.getVersion() + ", penerima: " + awardees(decree)));
        if (decree.getStatus() == DecreeStatus.SENT_BACK) {
            entries.add(new AuditEntry(decree.getDecidedAt(), decree.getDecidedBy(),
                    "SK dikembalikan", code, decree.getSendBackReason()));
        } else if (decree.getStatus() == DecreeStatus.APPROVED) {
            entries.add(new AuditEntry(decree.getDecidedAt(), decree.getDecidedBy(),
                    "SK ditetapkan", code, "Versi " + decree.getVersion() + ", nomor " + (decree.getDecreeNumber() == null
                    ? "belum diberikan (SK belum diterbitkan)" : decree.getDecreeNumber())));
        }
        return entries;
    }

    private static String awardees(Decree decree) {
        return decree.getAwardees().stream().map(DecreeAwardee::getNomination).map(Nomination::getCode)
                .collect(Collectors.joining(", "));
    }
}
