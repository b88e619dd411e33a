package id.sipetruk.organization;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MonthlyPerformanceRepository extends JpaRepository<MonthlyPerformance, Long> {

    /** With every instrument (JPQL: its plan is kept, see AssessmentRepository#findByNominationId). */
    @Query("select m from MonthlyPerformance m where m.employee.id = :employeeId and m.year = :year"
            + " and m.month = :month")
    Optional<MonthlyPerformance> findByEmployeeIdAndYearAndMonth(@Param("employeeId") Long employeeId,
                                                                 @Param("year") int year, @Param("month") int month);

    List<MonthlyPerformance> findByYearIn(Collection<Integer> years);
}
