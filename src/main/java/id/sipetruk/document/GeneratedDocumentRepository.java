package id.sipetruk.document;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface GeneratedDocumentRepository extends JpaRepository<GeneratedDocument, Long> {

    Optional<GeneratedDocument> findFirstByTypeAndSubjectCodeOrderByVersionDesc(DocumentType type, String subjectCode);

    /** The highest version of a document type for one subject, without loading any document's bytes. */
    @Query("select max(d.version) from GeneratedDocument d where d.type = :type and d.subjectCode = :subjectCode")
    Optional<Integer> latestVersion(@Param("type") DocumentType type, @Param("subjectCode") String subjectCode);

    /** {@link #latestVersion} of many subjects at once; subjects without a document are left out. */
    @Query("select d.subjectCode as subjectCode, max(d.version) as version from GeneratedDocument d "
            + "where d.type = :type and d.subjectCode in :subjectCodes group by d.subjectCode")
    List<LatestVersion> latestVersions(@Param("type") DocumentType type,
                                       @Param("subjectCodes") Collection<String> subjectCodes);

    interface LatestVersion {
        String getSubjectCode();

        int getVersion();
    }

    List<GeneratedDocument> findBySubjectCodeOrderByIdAsc(String subjectCode);

    Optional<GeneratedDocument> findByVerificationCode(String verificationCode);

    List<GeneratedDocument> findByTypeAndSubjectCodeOrderByVersionAsc(DocumentType type, String subjectCode);
}
