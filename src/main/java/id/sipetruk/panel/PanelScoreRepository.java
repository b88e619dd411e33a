package id.sipetruk.panel;

import static java.util.stream.Collectors.groupingBy;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.EntityGraph.EntityGraphType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PanelScoreRepository extends JpaRepository<PanelScore, Long> {

    List<PanelScore> findByNominationId(Long nominationId);

    List<PanelScore> findByNominationIdIn(Collection<Long> nominationIds);

    /** The scores of these finalists by nomination id, in one query. */
    default Map<Long, List<PanelScore>> byNomination(Collection<Long> nominationIds) {
        return nominationIds.isEmpty() ? Map.of() : findByNominationIdIn(nominationIds).stream()
                .collect(groupingBy(score -> score.getNomination().getId()));
    }

    /** With every panel score (JPQL: its plan is kept, see AssessmentRepository#findByNominationId). */
    @Query("select s from PanelScore s where s.nomination.id = :nominationId and s.panelMember = :panelMember")
    Optional<PanelScore> findByNominationIdAndPanelMember(@Param("nominationId") Long nominationId,
                                                          @Param("panelMember") String panelMember);

    /** The period's scores with their finalists and employees in one query (not one query per finalist after it). */
    @EntityGraph(attributePaths = {"nomination", "nomination.employee", "nomination.employee.opd"},
            type = EntityGraphType.LOAD)
    List<PanelScore> findByNominationPeriodIdOrderByNominationIdAscPanelMemberAsc(Long periodId);
}
