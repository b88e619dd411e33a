package id.sipetruk.regency;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DocumentWordingRepository extends JpaRepository<DocumentWording, Long> {

    Optional<DocumentWording> findFirstByOrderByVersionDesc();

    Optional<DocumentWording> findByVersion(int version);

    List<DocumentWording> findAllByOrderByVersionDesc();
}
