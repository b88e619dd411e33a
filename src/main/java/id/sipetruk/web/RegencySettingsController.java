package id.sipetruk.web;

import id.sipetruk.common.FileSizes;
import id.sipetruk.common.IndonesianDates;
import id.sipetruk.common.Messages;
import id.sipetruk.regency.RegencyLogo;
import id.sipetruk.regency.RegencySetting;
import id.sipetruk.regency.RegencySettingsForm;
import id.sipetruk.regency.RegencySettingsService.InvalidSettingsException;
import id.sipetruk.regency.RegencySettingsService;
import id.sipetruk.security.Viewer;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /pengaturan: the regency values the documents print (name, logo, letterhead, signatories, place of signing,
 * decree number pattern), viewed and edited by BKPSDM. Every endpoint is under /pengaturan, which
 * {@link id.sipetruk.security.WebSecurityConfiguration} opens to {@code bkpsdm-admin} and administrators only.
 */
@Controller
public class RegencySettingsController {

    private final RegencySettingsService settings;

    public RegencySettingsController(RegencySettingsService settings) {
        this.settings = settings;
    }

    @GetMapping("/pengaturan")
    public String show(Model model) {
        return page(model, settings.form(), Map.of());
    }

    @PostMapping("/pengaturan")
    public String save(@ModelAttribute RegencySettingsForm form,
                       @RequestParam(name = "logo", required = false) MultipartFile logo, Model model,
                       HttpServletResponse response, RedirectAttributes redirect) {
        byte[] newLogo = logo == null || logo.isEmpty() ? null : bytes(logo);
        try {
            settings.save(form, newLogo, Viewer.current().name());
        } catch (InvalidSettingsException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", Messages.get("settings.invalid"));
            return page(model, form, e.errors());
        }
        redirect.addFlashAttribute("message", Messages.get("settings.saved"));
        return "redirect:/pengaturan";
    }

    @PostMapping("/pengaturan/bawaan")
    public String reset(RedirectAttributes redirect) {
        settings.reset(Viewer.current().name());
        redirect.addFlashAttribute("message", Messages.get("settings.reset"));
        return "redirect:/pengaturan";
    }

    /** The logo in force, shown on the page. */
    @GetMapping("/pengaturan/logo")
    public ResponseEntity<byte[]> logo() {
        RegencySettingsService.Logo logo = settings.logo().orElseThrow(() -> new PageNotFoundException("Logo"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(logo.contentType()))
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(logo.content());
    }

    private String page(Model model, RegencySettingsForm form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("hasLogo", settings.logo().isPresent());
        model.addAttribute("maxLogo", FileSizes.format(RegencyLogo.MAX_BYTES));
        RegencySetting stored = settings.stored().orElse(null);
        model.addAttribute("stored", stored != null);
        model.addAttribute("updated", stored == null ? null
                : stored.getUpdatedBy() + ", " + IndonesianDates.dateTime(stored.getUpdatedAt()));
        return "dokumen/pengaturan";
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
