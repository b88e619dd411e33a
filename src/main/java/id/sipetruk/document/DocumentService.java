package id.sipetruk.document;

// TEMPORARY STUB: replaced by the real DocumentService from the documents branch.
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class DocumentService {

    private final GeneratedDocumentRepository documents;
    private final id.sipetruk.nomination.NominationRepository nominations;
    private final id.sipetruk.decree.DecreeRepository decrees;

    public DocumentService(GeneratedDocumentRepository documents, id.sipetruk.nomination.NominationRepository nominations,
                           id.sipetruk.decree.DecreeRepository decrees) {
        this.documents = documents;
        this.nominations = nominations;
        this.decrees = decrees;
    }

    public GeneratedDocument generateAssessmentResult(Long nominationId) {
        return store(DocumentType.ASSESSMENT_RESULT, nominations.findById(nominationId).orElseThrow().getCode());
    }

    public GeneratedDocument generateDecreeDraft(Long decreeId) {
        return store(DocumentType.DECREE_DRAFT, decrees.findById(decreeId).orElseThrow().getPeriod().getCode());
    }

    public GeneratedDocument generateCertificate(Long decreeAwardeeId) {
        return store(DocumentType.CERTIFICATE, "award-" + decreeAwardeeId);
    }

    public Optional<GeneratedDocument> latest(DocumentType type, String subjectCode) {
        return documents.findFirstByTypeAndSubjectCodeOrderByVersionDesc(type, subjectCode);
    }

    public List<GeneratedDocument> forSubject(String subjectCode) {
        return documents.findBySubjectCodeStartingWithOrderByIdAsc(subjectCode);
    }

    private GeneratedDocument store(DocumentType type, String subject) {
        int version = latest(type, subject).map(d -> d.getVersion() + 1).orElse(1);
        return documents.save(new GeneratedDocument(type, subject, version, subject + ".pdf", new byte[] {1}, "0"));
    }
}
