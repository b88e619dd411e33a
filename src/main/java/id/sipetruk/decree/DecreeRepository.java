package id.sipetruk.decree;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DecreeRepository extends JpaRepository<Decree, Long> {

    List<Decree> findByPeriodIdOrderByVersion(Long periodId);

    Optional<Decree> findFirstByPeriodIdOrderByVersionDesc(Long periodId);

    Optional<Decree> findByApprovedPeriodId(Long periodId);

    /** Decrees numbered for periods of the year: the numbers handed out before the yearly counter existed. */
    long countByPeriodYearAndDecreeNumberIsNotNull(int year);
}
