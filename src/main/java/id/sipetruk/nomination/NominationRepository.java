package id.sipetruk.nomination;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NominationRepository extends JpaRepository<Nomination, Long> {

    Optional<Nomination> findByCode(String code);

    List<Nomination> findByPeriodIdAndOpdCodeOrderById(Long periodId, String opdCode);

    List<Nomination> findByPeriodIdOrderById(Long periodId);

    List<Nomination> findByPeriodIdAndStatusIn(Long periodId, Collection<NominationStatus> statuses);

    long countByPeriodIdAndOpdCode(Long periodId, String opdCode);

    long countByPeriodId(Long periodId);

    boolean existsByPeriodIdAndEmployeeId(Long periodId, Long employeeId);
}
