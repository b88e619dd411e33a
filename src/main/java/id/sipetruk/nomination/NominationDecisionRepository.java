package id.sipetruk.nomination;

import static java.util.stream.Collectors.groupingBy;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NominationDecisionRepository extends JpaRepository<NominationDecision, Long> {

    /** With every decision about a nomination (JPQL: its plan is kept, see AssessmentRepository#findByNominationId). */
    @Query("select d from NominationDecision d where d.nomination.id = :nominationId order by d.decidedAt, d.id")
    List<NominationDecision> findByNominationIdOrderByDecidedAtAscIdAsc(@Param("nominationId") Long nominationId);

    List<NominationDecision> findByNominationIdInOrderByDecidedAtAscIdAsc(Collection<Long> nominationIds);

    /** The decisions about these nominations by nomination id, each list oldest first, in one query. */
    default Map<Long, List<NominationDecision>> byNomination(Collection<Long> nominationIds) {
        return nominationIds.isEmpty() ? Map.of() : findByNominationIdInOrderByDecidedAtAscIdAsc(nominationIds)
                .stream().collect(groupingBy(decision -> decision.getNomination().getId()));
    }
}
