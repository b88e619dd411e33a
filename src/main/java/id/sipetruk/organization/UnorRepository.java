package id.sipetruk.organization;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UnorRepository extends JpaRepository<Unor, String> {

    List<Unor> findAllByOrderByOpdNameAscNameAsc();
}
