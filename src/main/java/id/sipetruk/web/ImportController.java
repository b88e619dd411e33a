package id.sipetruk.web;

import id.sipetruk.account.IssuedPassword;
import id.sipetruk.account.PasswordHandOver;
import id.sipetruk.common.ImportProgress;
import id.sipetruk.common.ImportResult;
import id.sipetruk.common.ImportRunner;
import id.sipetruk.common.Messages;
import id.sipetruk.common.TableImport;
import id.sipetruk.security.Viewer;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * /impor/{kind} (pegawai, kinerja, disiplin, akun): BKPSDM uploads a file, sees what would change and every bad
 * row, then applies it (all or nothing, or the good rows). The uploaded file waits in the session between the two
 * steps, under a key the preview page carries, so the file applied is the file previewed. Under /impor, so
 * {@code bkpsdm-admin} and administrators only ({@link id.sipetruk.security.WebSecurityConfiguration}).
 *
 * <p>Preview and "terapkan" run in the background ({@link ImportJobs}): an import done within {@link #PATIENCE}
 * answers at once; a longer one (a province's 50,000 rows) answers a page that shows its progress, read every half
 * second from {@code /impor/{kind}/kemajuan?kunci=…} by {@code js/impor.js}, and opens
 * {@code /impor/{kind}/hasil?kunci=…} when it is done. Without JavaScript that page is reloaded by hand.
 */
@Controller
public class ImportController {

    private static final String PAGE = "dokumen/impor";
    private static final String PENDING = "sipetruk.import.";
    private static final String JOB = "sipetruk.import.job.";
    private static final String HAND_OVER = "sipetruk.import.akun.handover";
    private static final String ISSUED_PASSWORDS = "sipetruk.import.akun.passwords";
    /** How long a request waits for its import before it answers with the progress page instead. */
    static final Duration PATIENCE = Duration.ofSeconds(2);

    private final Imports imports;
    private final ImportRunner runner;
    private final ImportJobs jobs;

    public ImportController(Imports imports, ImportRunner runner, ImportJobs jobs) {
        this.imports = imports;
        this.runner = runner;
        this.jobs = jobs;
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
        return start(session, model, response, importer, pending.key(), pending.fileName(), true,
                progress -> runner.preview(importer, pending.content(), progress));
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
        String by = Viewer.current().name(); // the background thread has no security context
        PasswordHandOver handOver = new PasswordHandOver();
        session.setAttribute(HAND_OVER, handOver);
        TableImport handingOver = OneTimePasswordFile.handingOver(importer, handOver);
        return start(session, model, response, importer, UUID.randomUUID().toString(), pending.fileName(), false,
                progress -> runner.commit(handingOver, pending.content(), allOrNothing, by, progress));
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

    /** The import's result once it is done, else its progress (the page without JavaScript reloads this). */
    @GetMapping("/impor/{kind}/hasil")
    public String result(@PathVariable String kind, @RequestParam("kunci") String key, HttpSession session,
                         Model model, HttpServletResponse response) {
        TableImport importer = imports.of(kind);
        ImportJob job = job(session, kind, key);
        if (job == null) {
            describe(importer, model, false);
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("error", Messages.get("import.progress.unknown"));
            return PAGE;
        }
        return answer(job, importer, model, response, session);
    }

    /** How far the import is, as JSON ({@link ImportJob.Status}); 404 for a key this session did not start. */
    @GetMapping(path = "/impor/{kind}/kemajuan", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    public ResponseEntity<Object> progress(@PathVariable String kind, @RequestParam("kunci") String key,
                                           HttpSession session) {
        imports.of(kind);
        ImportJob job = job(session, kind, key);
        if (job == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .body(Map.of("pesan", Messages.get("import.progress.unknown")));
        }
        return ResponseEntity.ok().header("Cache-Control", "no-store").body(job.status());
    }

    private String start(HttpSession session, Model model, HttpServletResponse response, TableImport importer,
                         String key, String fileName, boolean preview,
                         Function<ImportProgress, ImportResult> work) {
        ImportJob job;
        try {
            job = jobs.start(key, importer.kind(), fileName, preview, work);
        } catch (RejectedExecutionException busy) {
            describe(importer, model, false);
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("error", Messages.get("import.busy"));
            return PAGE;
        }
        session.setAttribute(JOB + importer.kind(), job);
        job.await(PATIENCE);
        return answer(job, importer, model, response, session);
    }

    /** An applied account import's one-time passwords wait in this session only, until the one download. */
    private static void handOverPasswords(HttpSession session, Model model) {
        if (session.getAttribute(HAND_OVER) instanceof PasswordHandOver handOver) {
            session.removeAttribute(HAND_OVER);
            if (!handOver.issued().isEmpty()) {
                session.setAttribute(ISSUED_PASSWORDS, handOver.issued());
                model.addAttribute("passwordsReady", handOver.issued().size());
            }
        }
    }

    /** The result of a finished import, the reason of a failed one, or the progress of one still running. */
    private static String answer(ImportJob job, TableImport importer, Model model, HttpServletResponse response,
                                 HttpSession session) {
        describe(importer, model, job.state() == ImportJob.State.SELESAI && !job.preview());
        model.addAttribute("fileName", job.fileName());
        switch (job.state()) {
            case SELESAI -> {
                ImportResult result = job.result();
                model.addAttribute("result", result);
                if (job.preview()) {
                    model.addAttribute("key", job.key());
                } else if (!result.diterapkan()) {
                    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                    model.addAttribute("notApplied", Messages.get("import.notApplied", result.galat()));
                } else {
                    handOverPasswords(session, model);
                }
            }
            case GAGAL -> {
                response.setStatus(job.failureStatus());
                model.addAttribute("error", job.status().pesan());
            }
            default -> {
                response.setStatus(HttpServletResponse.SC_ACCEPTED);
                model.addAttribute("job", job);
                model.addAttribute("progress", job.status());
            }
        }
        return PAGE;
    }

    private static ImportJob job(HttpSession session, String kind, String key) {
        return session.getAttribute(JOB + kind) instanceof ImportJob job && job.key().equals(key) ? job : null;
    }

    private static void describe(TableImport importer, Model model, boolean applied) {
        model.addAttribute("kind", importer.kind());
        model.addAttribute("title", Messages.get("import." + importer.kind() + ".title"));
        model.addAttribute("help", Messages.get("import." + importer.kind() + ".help"));
        model.addAttribute("applied", applied);
    }
}
