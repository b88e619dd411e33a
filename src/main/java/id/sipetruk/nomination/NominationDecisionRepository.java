package id.sipetruk.nomination;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NominationDecisionRepository extends JpaRepository<NominationDecision, Long> {

    List<NominationDecision> findByNominationIdOrderByDecidedAtAscIdAsc(Long nominationId);
}
