package id.sipetruk.organization;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MonthlyPerformanceRepository extends JpaRepository<MonthlyPerformance, Long> {

    Optional<MonthlyPerformance> findByEmployeeIdAndYearAndMonth(Long employeeId, int year, int month);

    List<MonthlyPerformance> findByYearIn(Collection<Integer> years);
}
