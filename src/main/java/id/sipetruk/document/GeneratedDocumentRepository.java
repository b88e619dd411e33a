package id.sipetruk.document;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GeneratedDocumentRepository extends JpaRepository<GeneratedDocument, Long> {

    Optional<GeneratedDocument> findFirstByTypeAndSubjectCodeOrderByVersionDesc(DocumentType type, String subjectCode);

    List<GeneratedDocument> findBySubjectCodeOrderByIdAsc(String subjectCode);

    Optional<GeneratedDocument> findByVerificationCode(String verificationCode);

    List<GeneratedDocument> findByTypeAndSubjectCodeOrderByVersionAsc(DocumentType type, String subjectCode);
}
