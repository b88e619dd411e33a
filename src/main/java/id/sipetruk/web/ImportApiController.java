package id.sipetruk.web;

import id.sipetruk.common.Messages;
import id.sipetruk.organization.EmployeeImport;
import id.sipetruk.security.Viewer;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The imports for integrators: {@code POST /api/impor/pegawai}, multipart field {@code berkas} (SIASN's employee
 * export as CSV), HTTP Basic as a BKPSDM administrator ({@link id.sipetruk.security.WebSecurityConfiguration}).
 * {@code ?pratinjau=true} only shows what would change; {@code ?semuaAtauTidak=false} applies the good rows when
 * some are bad (by default one bad row writes nothing). Answers the counts and every problem as JSON.
 */
@RestController
public class ImportApiController {

    private final EmployeeImport employees;

    public ImportApiController(EmployeeImport employees) {
        this.employees = employees;
    }

    @PostMapping("/api/impor/pegawai")
    public ResponseEntity<Object> employees(@RequestParam(name = "berkas", required = false) MultipartFile file,
                                            @RequestParam(name = "pratinjau", defaultValue = "false") boolean preview,
                                            @RequestParam(name = "semuaAtauTidak", defaultValue = "true")
                                            boolean allOrNothing) throws IOException {
        if (file == null || file.isEmpty()) {
            return ResponseEntity.badRequest().body(Map.of("pesan", Messages.get("import.fileRequired")));
        }
        byte[] content = file.getBytes();
        return ResponseEntity.ok(preview ? employees.preview(content)
                : employees.commit(content, allOrNothing, Viewer.current().name()));
    }
}
