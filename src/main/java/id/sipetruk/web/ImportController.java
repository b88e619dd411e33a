package id.sipetruk.web;

import id.sipetruk.common.Messages;
import id.sipetruk.organization.EmployeeImport;
import id.sipetruk.security.Viewer;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * /impor/pegawai: BKPSDM uploads SIASN's employee export, sees what would change and every bad row, then applies
 * it (all or nothing, or the good rows). The uploaded file waits in the session between the two steps, under a key
 * the preview page carries, so the file applied is the file previewed. Under /impor, so {@code bkpsdm-admin} and
 * administrators only ({@link id.sipetruk.security.WebSecurityConfiguration}).
 */
@Controller
public class EmployeeImportController {

    private static final String PAGE = "dokumen/impor-pegawai";
    private static final String PENDING = "sipetruk.import.employees";

    private final EmployeeImport employees;

    public EmployeeImportController(EmployeeImport employees) {
        this.employees = employees;
    }

    /** The file of one preview, kept for its "terapkan". */
    private record Pending(String key, String fileName, byte[] content) {
    }

    @GetMapping("/impor/pegawai")
    public String show(Model model) {
        model.addAttribute("applied", false);
        return PAGE;
    }

    @PostMapping("/impor/pegawai/pratinjau")
    public String preview(@RequestParam(name = "berkas", required = false) MultipartFile file, HttpSession session,
                          Model model, HttpServletResponse response) throws IOException {
        model.addAttribute("applied", false);
        if (file == null || file.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", Messages.get("import.fileRequired"));
            return PAGE;
        }
        Pending pending = new Pending(UUID.randomUUID().toString(), file.getOriginalFilename(), file.getBytes());
        session.setAttribute(PENDING, pending);
        model.addAttribute("result", employees.preview(pending.content()));
        model.addAttribute("key", pending.key());
        model.addAttribute("fileName", pending.fileName());
        return PAGE;
    }

    @PostMapping("/impor/pegawai/terapkan")
    public String apply(@RequestParam("kunci") String key,
                        @RequestParam(name = "semuaAtauTidak", defaultValue = "false") boolean allOrNothing,
                        HttpSession session, Model model, HttpServletResponse response) {
        if (!(session.getAttribute(PENDING) instanceof Pending pending) || !pending.key().equals(key)) {
            model.addAttribute("applied", false);
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("error", Messages.get("import.expired"));
            return PAGE;
        }
        session.removeAttribute(PENDING);
        EmployeeImport.Result result = employees.commit(pending.content(), allOrNothing, Viewer.current().name());
        model.addAttribute("result", result);
        if (!result.diterapkan()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("notApplied", Messages.get("import.notApplied", result.galat()));
        }
        model.addAttribute("fileName", pending.fileName());
        model.addAttribute("applied", true);
        return PAGE;
    }
}
