package id.sipetruk.assessment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AssessmentOverrideRepository extends JpaRepository<AssessmentOverride, Long> {

    List<AssessmentOverride> findByNominationIdOrderByOverriddenAtAscIdAsc(Long nominationId);
}
