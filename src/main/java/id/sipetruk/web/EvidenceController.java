package id.sipetruk.web;

import id.sipetruk.assessment.Evidence;
import id.sipetruk.assessment.EvidenceService;
import id.sipetruk.common.Messages;
import id.sipetruk.common.ValidationException;
import id.sipetruk.nomination.NominationRepository;
import id.sipetruk.security.AccessPolicy;
import id.sipetruk.security.Viewer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * Every evidence (data dukung) endpoint, under /berkas/{nominationCode}/data-dukung, so that one security rule
 * checks them: upload (POST) and removal (POST …/{id}/hapus) by the nomination's own OPD, download (GET …/{id}) by
 * whoever may see the nomination ({@link AccessPolicy}), checked on every request.
 */
@Controller
public class EvidenceController {

    static final String MESSAGE = "evidenceMessage";
    static final String ERROR = "evidenceError";

    private final EvidenceService evidence;
    private final NominationRepository nominations;
    private final AccessPolicy access;

    public EvidenceController(EvidenceService evidence, NominationRepository nominations, AccessPolicy access) {
        this.evidence = evidence;
        this.nominations = nominations;
        this.access = access;
    }

    @PostMapping("/berkas/{nominationCode}/data-dukung")
    public String upload(@PathVariable String nominationCode,
                         @RequestParam(name = "berkas", required = false) List<MultipartFile> files,
                         RedirectAttributes redirect) {
        Viewer viewer = requireChange(nominationCode);
        List<EvidenceService.Upload> uploads = new ArrayList<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
                continue; // the form was sent without choosing a file
            }
            uploads.add(new EvidenceService.Upload(file.getOriginalFilename(), bytes(file)));
        }
        try {
            List<Evidence> stored = evidence.uploadAll(nominationCode, uploads, viewer.name());
            redirect.addFlashAttribute(MESSAGE, Messages.get("evidence.uploaded", stored.size(),
                    String.join(", ", stored.stream().map(Evidence::getFileName).toList())));
        } catch (ValidationException e) {
            redirect.addFlashAttribute(ERROR, e.getMessage());
        }
        return dossier(nominationCode);
    }

    @GetMapping("/berkas/{nominationCode}/data-dukung/{id}")
    public ResponseEntity<byte[]> download(@PathVariable String nominationCode, @PathVariable String id) {
        Viewer viewer = Viewer.current();
        AccessPolicy.require(access.maySeeNomination(viewer, nominationCode), viewer, "data dukung nominasi ini");
        Evidence file = parse(id).flatMap(evidenceId -> evidence.find(nominationCode, evidenceId))
                .orElseThrow(() -> new PageNotFoundException("Data dukung " + id));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.getContentType()))
                .contentLength(file.getSizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(file.getFileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("X-Evidence-SHA256", file.getSha256())
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(file.getContent());
    }

    @PostMapping("/berkas/{nominationCode}/data-dukung/{id}/hapus")
    public String remove(@PathVariable String nominationCode, @PathVariable String id, RedirectAttributes redirect) {
        Viewer viewer = requireChange(nominationCode);
        try {
            Long evidenceId = parse(id).orElseThrow(() -> new ValidationException("evidence.unknown"));
            String name = evidence.find(nominationCode, evidenceId).map(Evidence::getFileName)
                    .orElseThrow(() -> new ValidationException("evidence.unknown"));
            evidence.remove(nominationCode, evidenceId, viewer.name());
            redirect.addFlashAttribute(MESSAGE, Messages.get("evidence.removed", name));
        } catch (ValidationException e) {
            redirect.addFlashAttribute(ERROR, e.getMessage());
        }
        return dossier(nominationCode);
    }

    static String dossier(String nominationCode) {
        return "redirect:/berkas/" + UriUtils.encodePathSegment(nominationCode, StandardCharsets.UTF_8);
    }

    /** Where one file is downloaded. */
    static String url(String nominationCode, Long id) {
        return "/berkas/" + UriUtils.encodePathSegment(nominationCode, StandardCharsets.UTF_8) + "/data-dukung/" + id;
    }

    /**
     * "attachment" with the (already sanitised) name twice: plain ASCII for old clients, and RFC 6266/5987
     * {@code filename*} in UTF-8 for the rest.
     */
    static String attachment(String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7E]", "_").replace('"', '_').replace('\\', '_');
        String utf8 = ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString();
        return "attachment; filename=\"" + ascii + "\"; " + utf8.substring(utf8.indexOf("filename*="));
    }

    private Viewer requireChange(String nominationCode) {
        if (nominations.findByCode(nominationCode).isEmpty()) {
            throw new PageNotFoundException("Berkas nominasi " + nominationCode);
        }
        Viewer viewer = Viewer.current();
        AccessPolicy.require(access.mayChangeEvidence(viewer, nominationCode), viewer,
                "perubahan data dukung nominasi ini");
        return viewer;
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.util.Optional<Long> parse(String id) {
        try {
            return java.util.Optional.of(Long.valueOf(id));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }
}
