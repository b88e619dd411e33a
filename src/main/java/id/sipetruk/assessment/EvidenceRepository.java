package id.sipetruk.assessment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface EvidenceRepository extends JpaRepository<Evidence, Long> {

    /** The files of a nomination without their bytes, oldest first. */
    List<EvidenceSummary> findByNominationIdOrderByUploadedAtAscIdAsc(Long nominationId);

    Optional<Evidence> findByIdAndNominationCode(Long id, String nominationCode);

    @Query("select coalesce(sum(e.sizeBytes), 0) from Evidence e where e.nomination.id = :nominationId")
    long totalSize(@Param("nominationId") Long nominationId);
}
