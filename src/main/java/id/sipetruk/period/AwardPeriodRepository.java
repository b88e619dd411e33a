package id.sipetruk.period;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
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

    /**
     * The same under a shared lock: nominations of one period do not wait for each other, but BKPSDM's early close
     * ({@link #lockedStatus}) waits for those in flight, and a nomination after the close waits for its commit.
     * Hibernate writes the lock for the database: {@code for share} on PostgreSQL, {@code for update} on H2, which
     * has no shared row lock.
     */
    @Lock(LockModeType.PESSIMISTIC_READ)
    @Query("select p.status from AwardPeriod p where p.id = ?1")
    AwardPeriodStatus sharedLockedStatus(Long periodId);
}
