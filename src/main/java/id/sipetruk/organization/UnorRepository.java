package id.sipetruk.organization;

import org.springframework.data.jpa.repository.JpaRepository;

public interface UnorRepository extends JpaRepository<Unor, String> {
}
