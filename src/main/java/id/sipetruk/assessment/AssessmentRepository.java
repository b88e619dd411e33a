package id.sipetruk.assessment;

import static java.util.stream.Collectors.toMap;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AssessmentRepository extends JpaRepository<Assessment, Long> {

    /**
     * Read with most tasks about a nomination. JPQL rather than a derived query: Hibernate keeps the plan of a JPQL
     * query, and translates a derived (criteria) query again at every call (docs/performance.md, 6th stop); so are
     * the other per-task lookups.
     */
    @Query("select a from Assessment a where a.nomination.id = :nominationId")
    Optional<Assessment> findByNominationId(@Param("nominationId") Long nominationId);

    List<Assessment> findByNominationIdIn(Collection<Long> nominationIds);

    /** The assessments of these nominations by nomination id, in one query (a period's hundreds, not one each). */
    default Map<Long, Assessment> byNomination(Collection<Long> nominationIds) {
        return nominationIds.isEmpty() ? Map.of() : findByNominationIdIn(nominationIds).stream()
                .collect(toMap(assessment -> assessment.getNomination().getId(), Function.identity()));
    }
}
