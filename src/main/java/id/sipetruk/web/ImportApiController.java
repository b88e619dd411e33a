package id.sipetruk.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import id.sipetruk.account.PasswordHandOver;
import id.sipetruk.common.ImportResult;
import id.sipetruk.common.ImportRunner;
import id.sipetruk.common.Messages;
import id.sipetruk.common.TableImport;
import id.sipetruk.common.ValidationException;
import id.sipetruk.security.Viewer;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The imports for integrators: {@code POST /api/impor/{kind}} (pegawai, kinerja, disiplin, akun), multipart field
 * {@code berkas} (CSV or XLSX), HTTP Basic as a BKPSDM administrator
 * ({@link id.sipetruk.security.WebSecurityConfiguration}). {@code ?pratinjau=true} only shows what would change;
 * {@code ?semuaAtauTidak=false} applies the good rows when some are bad (by default one bad row writes nothing).
 * Answers the counts and every problem as JSON.
 */
@RestController
public class ImportApiController {

    private final Imports imports;
    private final ImportRunner runner;

    public ImportApiController(Imports imports, ImportRunner runner) {
        this.imports = imports;
        this.runner = runner;
    }

    /** A committed account import: the counts, and the one-time passwords of the new logins. */
    record WithPasswords(@JsonUnwrapped ImportResult result, List<OneTimePassword> kataSandiSekali) {
    }

    record OneTimePassword(String login, String nama, String kataSandi) {
    }

    @PostMapping("/api/impor/{kind}")
    public ResponseEntity<Object> upload(@PathVariable String kind,
                                         @RequestParam(name = "berkas", required = false) MultipartFile file,
                                         @RequestParam(name = "pratinjau", defaultValue = "false") boolean preview,
                                         @RequestParam(name = "semuaAtauTidak", defaultValue = "true")
                                         boolean allOrNothing) throws IOException {
        TableImport importer;
        try {
            importer = imports.of(kind);
        } catch (PageNotFoundException unknown) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("pesan", unknown.getMessage()));
        }
        if (file == null || file.isEmpty()) {
            return ResponseEntity.badRequest().body(Map.of("pesan", Messages.get("import.fileRequired")));
        }
        byte[] content = file.getBytes();
        if (preview) {
            return ResponseEntity.ok(runner.preview(importer, content));
        }
        PasswordHandOver handOver = new PasswordHandOver();
        ImportResult result = runner.commit(OneTimePasswordFile.handingOver(importer, handOver), content, allOrNothing,
                Viewer.current().name());
        if (!result.diterapkan() || handOver.issued().isEmpty()) {
            return ResponseEntity.ok(result);
        }
        // the only answer that carries the one-time passwords: never cached, never logged
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new WithPasswords(result, handOver.issued().stream()
                        .map(p -> new OneTimePassword(p.login(), p.name(), p.password())).toList()));
    }

    /** A file the import refuses as a whole (the database would not hold one of its values): 4xx, in words. */
    @ExceptionHandler(ValidationException.class)
    public ResponseEntity<Object> refused(ValidationException refused) {
        return ResponseEntity.status(refused.status()).body(Map.of("pesan", refused.getMessage()));
    }
}
