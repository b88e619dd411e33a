package id.sipetruk.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OpdRepository extends JpaRepository<Opd, Long> {

    Optional<Opd> findByCode(String code);

    List<Opd> findByActiveTrueOrderByName();
}
