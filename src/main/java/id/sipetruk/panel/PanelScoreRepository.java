package id.sipetruk.panel;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PanelScoreRepository extends JpaRepository<PanelScore, Long> {

    List<PanelScore> findByNominationId(Long nominationId);

    Optional<PanelScore> findByNominationIdAndPanelMember(Long nominationId, String panelMember);

    List<PanelScore> findByNominationPeriodIdOrderByNominationIdAscPanelMemberAsc(Long periodId);
}
