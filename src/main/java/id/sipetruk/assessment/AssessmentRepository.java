package id.sipetruk.assessment;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AssessmentRepository extends JpaRepository<Assessment, Long> {

    Optional<Assessment> findByNominationId(Long nominationId);
}
