package id.sipetruk.web;

import id.sipetruk.audit.AuditCsv;
import id.sipetruk.audit.PeriodAuditTrail;
import id.sipetruk.security.AccessPolicy;
import id.sipetruk.security.Viewer;
import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * GET /periode/{periodCode}/jejak-audit.csv: the period's audit trail for BKPSDM (and administrators), to open in
 * Excel.
 */
@Controller
public class AuditTrailController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final PeriodAuditTrail auditTrail;
    private final AccessPolicy access;

    public AuditTrailController(PeriodAuditTrail auditTrail, AccessPolicy access) {
        this.auditTrail = auditTrail;
        this.access = access;
    }

    @GetMapping("/periode/{periodCode}/jejak-audit.csv")
    public ResponseEntity<byte[]> export(@PathVariable String periodCode) {
        Viewer viewer = Viewer.current();
        AccessPolicy.require(access.mayExportAuditTrail(viewer), viewer, "jejak audit periode");
        String csv = AuditCsv.of(auditTrail.of(periodCode)
                .orElseThrow(() -> new PageNotFoundException("Periode " + periodCode)));
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("jejak-audit-" + periodCode + ".csv").build().toString())
                .cacheControl(CacheControl.noStore())
                .header("X-Content-Type-Options", "nosniff")
                .body(csv.getBytes(StandardCharsets.UTF_8));
    }
}
