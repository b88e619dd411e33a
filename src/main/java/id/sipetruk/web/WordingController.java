package id.sipetruk.web;

import id.sipetruk.common.IndonesianDates;
import id.sipetruk.common.Messages;
import id.sipetruk.document.CertificateData;
import id.sipetruk.document.CertificatePdf;
import id.sipetruk.document.DecreeDraftData;
import id.sipetruk.document.Nominee;
import id.sipetruk.regency.Regency;
import id.sipetruk.regency.RegencySettingsService;
import id.sipetruk.regency.Wording;
import id.sipetruk.regency.WordingForm;
import id.sipetruk.regency.WordingService;
import id.sipetruk.security.Viewer;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /pengaturan/naskah: the legal wording of the Keputusan Bupati and the Piagam Penghargaan, edited by BKPSDM as
 * versions, with a preview of the typed (unsaved) wording. Under /pengaturan, so {@code bkpsdm-admin} and
 * administrators only ({@link id.sipetruk.security.WebSecurityConfiguration}).
 */
@Controller
public class WordingController {

    private static final Nominee SAMPLE = new Nominee("Nama Contoh Penerima, S.Kom.", "19900101 201503 1 001",
            "Jabatan Contoh", "Dinas Contoh");

    private final WordingService wordings;
    private final RegencySettingsService regency;
    private final Clock clock;

    public WordingController(WordingService wordings, RegencySettingsService regency, Clock clock) {
        this.wordings = wordings;
        this.regency = regency;
        this.clock = clock;
    }

    public record VersionRow(int version, String by, String at) {
    }

    @GetMapping("/pengaturan/naskah")
    public String show(Model model) {
        return page(model, WordingForm.of(wordings.current()), Map.of());
    }

    @PostMapping("/pengaturan/naskah")
    public String save(@ModelAttribute WordingForm form, Model model, HttpServletResponse response,
                       RedirectAttributes redirect) {
        Map<String, String> errors = wordings.validate(form);
        if (!errors.isEmpty()) {
            return refused(model, form, errors, response);
        }
        Wording saved = wordings.save(form, Viewer.current().name());
        redirect.addFlashAttribute("message", Messages.get("wording.saved", saved.version()));
        return "redirect:/pengaturan/naskah";
    }

    /** The typed wording printed on a sample decree ({@code sk}) or certificate ({@code piagam}); nothing is stored. */
    @PostMapping("/pengaturan/naskah/pratinjau/{document}")
    public Object preview(@PathVariable String document, @ModelAttribute WordingForm form, Model model,
                          HttpServletResponse response) {
        Map<String, String> errors = wordings.validate(form);
        if (!errors.isEmpty()) {
            return refused(model, form, errors, response);
        }
        Regency printed = regency.effective();
        int year = LocalDate.now(clock).getYear();
        Wording wording = form.toWording(0).filledFor(printed, year);
        LocalDateTime now = LocalDateTime.now(clock);
        byte[] pdf = switch (document) {
            case "sk" -> new DecreeDraftData(printed, "CONTOH", year, 1, null, null,
                    List.of(new DecreeDraftData.Awardee(1, SAMPLE, Messages.get("award.title", 1))), now, wording)
                    .preview();
            case "piagam" -> new CertificatePdf().render(new CertificateData(printed, SAMPLE,
                    Messages.get("award.title", 1), year, null, now.toLocalDate(), "CONTOH", 1, now, wording));
            default -> throw new PageNotFoundException("Pratinjau " + document);
        };
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename("pratinjau-naskah-" + document + ".pdf").build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(pdf);
    }

    private String refused(Model model, WordingForm form, Map<String, String> errors, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("error", Messages.get("settings.invalid"));
        return page(model, form, errors);
    }

    private String page(Model model, WordingForm form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("current", wordings.current());
        model.addAttribute("versions", wordings.versions().stream()
                .map(v -> new VersionRow(v.getVersion(), v.getCreatedBy(), IndonesianDates.dateTime(v.getCreatedAt())))
                .toList());
        return "dokumen/naskah";
    }
}
