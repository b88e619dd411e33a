package id.sipetruk.organization;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DisciplineImportRunRepository extends JpaRepository<DisciplineImportRun, Long> {

    /** The latest discipline import; empty before the first. */
    Optional<DisciplineImportRun> findFirstByOrderByImportedAtDescIdDesc();
}
