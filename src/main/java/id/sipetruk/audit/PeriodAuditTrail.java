package id.sipetruk.audit;

import id.sipetruk.nomination.Nomination;
import id.sipetruk.nomination.NominationRepository;
import id.sipetruk.period.AwardPeriod;
import id.sipetruk.period.AwardPeriodRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail of one award period: who did what, when and why, from the engine's history (who completed,
 * claimed or changed which task) and SI PETRUK's own tables (decisions and their reasons, scores, abstentions,
 * decree versions, documents), oldest first.
 */
@Service
@Transactional(readOnly = true)
public class PeriodAuditTrail {

    private static final Logger LOG = LoggerFactory.getLogger(PeriodAuditTrail.class);

    private final AwardPeriodRepository periods;
    private final NominationRepository nominations;
    private final List<AuditSource> sources;

    PeriodAuditTrail(AwardPeriodRepository periods, NominationRepository nominations, List<AuditSource> sources) {
        this.periods = periods;
        this.nominations = nominations;
        this.sources = sources;
    }

    /** The period's entries in time order; empty if no period has this code. */
    public Optional<List<AuditEntry>> of(String periodCode) {
        return periods.findByCode(periodCode).map(this::entries);
    }

    private List<AuditEntry> entries(AwardPeriod period) {
        List<Nomination> ofPeriod = nominations.findByPeriodIdOrderById(period.getId());
        List<AuditEntry> entries = new ArrayList<>();
        sources.forEach(source -> entries.addAll(source.entries(period, ofPeriod)));
        entries.sort(AuditEntry.CHRONOLOGICAL);
        LOG.info("Audit trail of period {}: {} entries", period.getCode(), entries.size());
        return entries;
    }
}
