package id.sipetruk.nomination;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who was awarded by the approved decree of another period, read straight from the decree's tables: the decree stage
 * comes after this one, so this stage reads its rows, never its classes (docs/architecture.md).
 */
@Component
public class PastAwards {

    /** One awardee of an approved decree; {@code decreeNumber} null until the decree is issued. */
    public record PastAward(long employeeId, String periodCode, String decreeNumber, LocalDateTime decidedAt) {
    }

    private final JdbcTemplate jdbc;

    public PastAwards(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Awardees of the decrees of periods other than this one approved on or after the given time. */
    public List<PastAward> approvedSince(LocalDateTime since, Long exceptPeriodId) {
        return jdbc.query("""
                        select n.employee_id, p.code, d.decree_number, d.decided_at
                        from decree_awardee a
                        join decree d on d.id = a.decree_id
                        join nomination n on n.id = a.nomination_id
                        join award_period p on p.id = d.period_id
                        where d.status = 'APPROVED' and d.period_id <> ? and d.decided_at >= ?
                        order by d.decided_at desc""",
                (row, i) -> new PastAward(row.getLong(1), row.getString(2), row.getString(3),
                        row.getTimestamp(4).toLocalDateTime()),
                exceptPeriodId, Timestamp.valueOf(since));
    }
}
