package id.sipetruk.audit;

import id.sipetruk.document.DocumentType;
import id.sipetruk.document.GeneratedDocument;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The generated documents of a period without their bytes (a period's PDFs run to megabytes). */
interface AuditDocumentRepository extends Repository<GeneratedDocument, Long> {

    record DocumentVersion(DocumentType type, String subjectCode, int version, LocalDateTime createdAt,
                           String verificationCode) {
    }

    @Query("select new id.sipetruk.audit.AuditDocumentRepository$DocumentVersion("
            + "d.type, d.subjectCode, d.version, d.createdAt, d.verificationCode) "
            + "from GeneratedDocument d where d.subjectCode in :subjectCodes order by d.id")
    List<DocumentVersion> versionsOf(@Param("subjectCodes") Collection<String> subjectCodes);
}
