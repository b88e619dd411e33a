package id.sipetruk.audit;

import id.sipetruk.nomination.Nomination;
import id.sipetruk.period.AwardPeriod;
import java.util.List;

/** One place where what happened in a period is recorded; {@link PeriodAuditTrail} merges them all. */
interface AuditSource {

    List<AuditEntry> entries(AwardPeriod period, List<Nomination> nominations);
}
