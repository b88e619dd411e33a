package id.sipetruk.assessment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AssessmentOverrideRepository extends JpaRepository<AssessmentOverride, Long> {

    /** With every instrument and its PDF (JPQL: its plan is kept, see AssessmentRepository#findByNominationId). */
    @Query("select o from AssessmentOverride o where o.nomination.id = :nominationId order by o.overriddenAt, o.id")
    List<AssessmentOverride> findByNominationIdOrderByOverriddenAtAscIdAsc(@Param("nominationId") Long nominationId);
}
