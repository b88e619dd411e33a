package id.sipetruk.web;

import id.sipetruk.document.DocumentService;
import id.sipetruk.document.GeneratedDocument;
import id.sipetruk.security.AccessPolicy;
import id.sipetruk.security.Viewer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** GET /dokumen/{id}: a stored PDF, shown in the browser to those who may see it ({@link AccessPolicy}). */
@Controller
public class DocumentController {

    private final DocumentService documents;
    private final AccessPolicy access;

    public DocumentController(DocumentService documents, AccessPolicy access) {
        this.documents = documents;
        this.access = access;
    }

    @GetMapping("/dokumen/{id}")
    public ResponseEntity<byte[]> document(@PathVariable String id) {
        GeneratedDocument document = parse(id).flatMap(documents::find)
                .orElseThrow(() -> new PageNotFoundException("Dokumen " + id));
        Viewer viewer = Viewer.current();
        AccessPolicy.require(access.maySeeDocument(viewer, document), viewer, "dokumen ini");
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(document.getFileName()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Document-SHA256", document.getSha256())
                .eTag("\"" + document.getSha256() + "\"")
                .body(document.getContent());
    }

    private static java.util.Optional<Long> parse(String id) {
        try {
            return java.util.Optional.of(Long.valueOf(id));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }
}
