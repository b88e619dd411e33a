package id.sipetruk.period;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OpdParticipationRepository extends JpaRepository<OpdParticipation, Long> {

    /** With every nominating step (JPQL: its plan is kept, see AssessmentRepository#findByNominationId). */
    @Query("select p from OpdParticipation p where p.period.id = :periodId and p.opd.code = :opdCode")
    Optional<OpdParticipation> findByPeriodIdAndOpdCode(@Param("periodId") Long periodId,
                                                        @Param("opdCode") String opdCode);

    List<OpdParticipation> findByPeriodIdOrderByOpdName(Long periodId);

    /**
     * The OPD's participation, its row locked to the end of the transaction: two nominations of one OPD (the same form
     * sent twice) run one after the other, the second sees what the first stored; other OPDs do not wait.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from OpdParticipation p where p.period.id = :periodId and p.opd.id = :opdId")
    Optional<OpdParticipation> lockForNomination(@Param("periodId") Long periodId, @Param("opdId") Long opdId);

    /** The period's OPDs with their OPD in the same query (a page of 60 OPDs makes one query, not 61). */
    @Query("select p from OpdParticipation p join fetch p.opd o where p.period.id = :periodId order by o.name")
    List<OpdParticipation> findWithOpdByPeriodId(@Param("periodId") Long periodId);
}
