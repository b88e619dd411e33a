package id.sipetruk.web;

import id.sipetruk.assessment.AssessmentResultDocument;
import id.sipetruk.decree.DecreeDocuments;
import id.sipetruk.security.AccessPolicy;
import id.sipetruk.security.Viewer;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Previews under /pratinjau: a document rendered from the current data, stamped "PRATINJAU", without
 * verification code and never stored (no generated_document row, no version used up). For the OPD head before
 * sign-off (assessment result) and for BKPSDM and the Bupati before the decision (latest decree version).
 */
@Controller
public class PreviewController {

    private final AssessmentResultDocument assessmentResults;
    private final DecreeDocuments decrees;
    private final AccessPolicy access;

    public PreviewController(AssessmentResultDocument assessmentResults, DecreeDocuments decrees,
                             AccessPolicy access) {
        this.assessmentResults = assessmentResults;
        this.decrees = decrees;
        this.access = access;
    }

    @GetMapping("/pratinjau/penilaian/{nominationCode}")
    public ResponseEntity<byte[]> assessmentResult(@PathVariable String nominationCode) {
        Viewer viewer = Viewer.current();
        AccessPolicy.require(access.maySeeNomination(viewer, nominationCode), viewer, "pratinjau penilaian ini");
        return pdf(assessmentResults.preview(nominationCode),
                "Instrumen penilaian nominasi " + nominationCode, "pratinjau-hasil-penilaian-" + nominationCode);
    }

    @GetMapping("/pratinjau/sk/{periodCode}")
    public ResponseEntity<byte[]> decree(@PathVariable String periodCode) {
        Viewer viewer = Viewer.current();
        AccessPolicy.require(access.maySeePeriod(viewer), viewer, "pratinjau SK");
        return pdf(decrees.previewDecree(periodCode), "Usulan keputusan periode " + periodCode,
                "pratinjau-sk-" + periodCode);
    }

    private static ResponseEntity<byte[]> pdf(Optional<byte[]> content, String what, String name) {
        byte[] pdf = content.orElseThrow(() -> new PageNotFoundException(what));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf")
                                .build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(pdf);
    }
}
