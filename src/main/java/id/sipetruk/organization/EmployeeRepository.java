package id.sipetruk.organization;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EmployeeRepository extends JpaRepository<Employee, Long> {

    Optional<Employee> findByNip(String nip);

    List<Employee> findByNipIn(Collection<String> nips);

    List<Employee> findByOpdCodeAndActiveTrueOrderByName(String opdCode);

    List<Employee> findByUnorCode(String unorCode);

    long countByOpdCode(String opdCode);
}
