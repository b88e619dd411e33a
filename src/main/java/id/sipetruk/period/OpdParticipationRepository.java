package id.sipetruk.period;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OpdParticipationRepository extends JpaRepository<OpdParticipation, Long> {

    Optional<OpdParticipation> findByPeriodIdAndOpdCode(Long periodId, String opdCode);

    List<OpdParticipation> findByPeriodIdOrderByOpdName(Long periodId);
}
