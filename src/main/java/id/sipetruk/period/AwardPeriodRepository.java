package id.sipetruk.period;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AwardPeriodRepository extends JpaRepository<AwardPeriod, Long> {

    Optional<AwardPeriod> findByCode(String code);

    long countByYear(int year);
}
