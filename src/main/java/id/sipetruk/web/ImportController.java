package id.sipetruk.web;

import id.sipetruk.account.IssuedPassword;
import id.sipetruk.account.PasswordHandOver;
import id.sipetruk.common.ImportResult;
import id.sipetruk.common.ImportRunner;
import id.sipetruk.common.Messages;
import id.sipetruk.common.TableImport;
import id.sipetruk.security.Viewer;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * /impor/{kind} (pegawai, kinerja, disiplin, akun): BKPSDM uploads a file, sees what would change and every bad
 * row, then applies it (all or nothing, or the good rows). The uploaded file waits in the session between the two
 * steps, under a key the preview page carries, so the file applied is the file previewed. Under /impor, so
 * {@code bkpsdm-admin} and administrators only ({@link id.sipetruk.security.WebSecurityConfiguration}).
 */
@Controller
public class ImportController {

    private static final String PAGE = "dokumen/impor";
    private static final String PENDING = "sipetruk.import.";
    private static final String ISSUED_PASSWORDS = "sipetruk.import.akun.passwords";

    private final Imports imports;
    private final ImportRunner runner;

    public ImportController(Imports imports, ImportRunner runner) {
        this.imports = imports;
        this.runner = runner;
    }

    /** The file of one preview, kept for its "terapkan". */
    private record Pending(String key, String fileName, byte[] content) {
    }

    @GetMapping("/impor/{kind}")
    public String show(@PathVariable String kind, Model model) {
        describe(imports.of(kind), model, false);
        return PAGE;
    }

    @PostMapping("/impor/{kind}/pratinjau")
    public String preview(@PathVariable String kind, @RequestParam(name = "berkas", required = false)
                          MultipartFile file, HttpSession session, Model model, HttpServletResponse response)
            throws IOException {
        TableImport importer = imports.of(kind);
        describe(importer, model, false);
        if (file == null || file.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", Messages.get("import.fileRequired"));
            return PAGE;
        }
        Pending pending = new Pending(UUID.randomUUID().toString(), file.getOriginalFilename(), file.getBytes());
        session.setAttribute(PENDING + kind, pending);
        model.addAttribute("result", runner.preview(importer, pending.content()));
        model.addAttribute("key", pending.key());
        model.addAttribute("fileName", pending.fileName());
        return PAGE;
    }

    @PostMapping("/impor/{kind}/terapkan")
    public String apply(@PathVariable String kind, @RequestParam("kunci") String key,
                        @RequestParam(name = "semuaAtauTidak", defaultValue = "false") boolean allOrNothing,
                        HttpSession session, Model model, HttpServletResponse response) {
        TableImport importer = imports.of(kind);
        if (!(session.getAttribute(PENDING + kind) instanceof Pending pending) || !pending.key().equals(key)) {
            describe(importer, model, false);
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("error", Messages.get("import.expired"));
            return PAGE;
        }
        session.removeAttribute(PENDING + kind);
        PasswordHandOver handOver = new PasswordHandOver();
        ImportResult result = runner.commit(OneTimePasswordFile.handingOver(importer, handOver), pending.content(),
                allOrNothing, Viewer.current().name());
        describe(importer, model, true);
        model.addAttribute("result", result);
        if (result.diterapkan() && !handOver.issued().isEmpty()) {
            // held in this session only, until the one download
            session.setAttribute(ISSUED_PASSWORDS, handOver.issued());
            model.addAttribute("passwordsReady", handOver.issued().size());
        }
        if (!result.diterapkan()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("notApplied", Messages.get("import.notApplied", result.galat()));
        }
        model.addAttribute("fileName", pending.fileName());
        return PAGE;
    }

    /** The one-time passwords of the accounts just imported, once: the list leaves the session with this answer. */
    @PostMapping("/impor/akun/kata-sandi")
    public Object oneTimePasswords(HttpSession session, Model model, HttpServletResponse response) {
        if (!(session.getAttribute(ISSUED_PASSWORDS) instanceof List<?> issued)) {
            describe(imports.of("akun"), model, false);
            response.setStatus(HttpServletResponse.SC_GONE);
            model.addAttribute("error", Messages.get("account.passwordsGone"));
            return PAGE;
        }
        session.removeAttribute(ISSUED_PASSWORDS);
        return OneTimePasswordFile.download(issued.stream().map(IssuedPassword.class::cast).toList());
    }

    private static void describe(TableImport importer, Model model, boolean applied) {
        model.addAttribute("kind", importer.kind());
        model.addAttribute("title", Messages.get("import." + importer.kind() + ".title"));
        model.addAttribute("help", Messages.get("import." + importer.kind() + ".help"));
        model.addAttribute("applied", applied);
    }
}
