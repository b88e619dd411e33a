package id.sipetruk.organization;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DisciplinePenaltyRepository extends JpaRepository<DisciplinePenalty, Long> {

    List<DisciplinePenalty> findByEmployeeIdOrderByStartsOn(Long employeeId);

    List<DisciplinePenalty> findByEmployeeIdIn(Collection<Long> employeeIds);
}
