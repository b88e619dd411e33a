package id.sipetruk.nomination;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.EntityGraph.EntityGraphType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NominationRepository extends JpaRepository<Nomination, Long>, NominationByCode {

    /*
     * The lists below read each nomination's employee in the same query: the eager association alone would read
     * them one by one after it (one query per nominee, hundreds in a province's period).
     */

    @EntityGraph(attributePaths = {"employee", "employee.opd"}, type = EntityGraphType.LOAD)
    List<Nomination> findByPeriodIdAndOpdCodeOrderById(Long periodId, String opdCode);

    @EntityGraph(attributePaths = {"employee", "employee.opd"}, type = EntityGraphType.LOAD)
    List<Nomination> findByPeriodIdOrderById(Long periodId);

    /** The period's nominations with their OPD and employee, in one query (for pages listing hundreds). */
    @Query("select n from Nomination n join fetch n.period join fetch n.opd join fetch n.employee e"
            + " join fetch e.opd where n.period.id = :periodId order by n.id")
    List<Nomination> findWithEmployeeByPeriodId(@Param("periodId") Long periodId);

    @EntityGraph(attributePaths = {"employee", "employee.opd"}, type = EntityGraphType.LOAD)
    List<Nomination> findByPeriodIdAndStatusIn(Long periodId, Collection<NominationStatus> statuses);

    long countByPeriodIdAndOpdCode(Long periodId, String opdCode);

    long countByPeriodId(Long periodId);

    /** Which of these employees the period already holds a nomination of. */
    @Query("select n.employee.id from Nomination n where n.period.id = :periodId and n.employee.id in :employeeIds")
    Set<Long> employeesNominated(@Param("periodId") Long periodId, @Param("employeeIds") Collection<Long> employeeIds);
}
