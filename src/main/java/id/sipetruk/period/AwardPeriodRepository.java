package id.sipetruk.period;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AwardPeriodRepository extends JpaRepository<AwardPeriod, Long>, AwardPeriodByCode {

    long countByYear(int year);

    /**
     * The period's status as committed now, read under the period row's lock (held to the end of the caller's
     * transaction): a nomination and BKPSDM's early close of the same period take turns, and whichever comes second
     * sees what the first committed. Native, so that an entity already loaded in this transaction cannot answer
     * with a stale status.
     */
    @Query(value = "select status from award_period where id = ?1 for update", nativeQuery = true)
    String lockedStatus(Long periodId);
}
