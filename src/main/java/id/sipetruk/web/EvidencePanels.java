package id.sipetruk.web;

import id.sipetruk.assessment.EvidenceService;
import id.sipetruk.assessment.EvidenceSummary;
import id.sipetruk.common.FileSizes;
import id.sipetruk.common.IndonesianDates;
import id.sipetruk.nomination.NominationRepository;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the "Data dukung" section of the dossier page. */
@Component
@Transactional(readOnly = true)
public class EvidencePanels {

    private final EvidenceService evidence;
    private final NominationRepository nominations;

    public EvidencePanels(EvidenceService evidence, NominationRepository nominations) {
        this.evidence = evidence;
        this.nominations = nominations;
    }

    public Optional<EvidenceViews.Panel> panel(String nominationCode) {
        return nominations.findByCode(nominationCode).map(nomination -> {
            List<EvidenceSummary> files = evidence.list(nomination.getId());
            List<EvidenceViews.Row> rows = files.stream().map(f -> new EvidenceViews.Row(f.getId(), f.getFileName(),
                    f.typeLabel(), FileSizes.format(f.getSizeBytes()), f.getUploadedBy(),
                    IndonesianDates.dateTime(f.getUploadedAt()), f.getSha256(),
                    EvidenceController.url(nomination.getCode(), f.getId()))).toList();
            long total = files.stream().mapToLong(EvidenceSummary::getSizeBytes).sum();
            return new EvidenceViews.Panel(nomination.getCode(), rows, FileSizes.format(total),
                    FileSizes.format(evidence.maxFileSize()), FileSizes.format(evidence.maxTotalSize()),
                    EvidenceService.isOpen(nomination.getStatus()));
        });
    }
}
