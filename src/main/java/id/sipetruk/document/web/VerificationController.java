package id.sipetruk.document.web;

import id.sipetruk.document.DocumentVerifier;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public verification page: GET /verifikasi (a form to type a code), GET /verifikasi?kode=... and
 * GET /verifikasi/{code} (the address in every document's QR code). Unknown codes answer 404 with the page.
 */
@Controller
public class VerificationController {

    private final DocumentVerifier verifier;

    public VerificationController(DocumentVerifier verifier) {
        this.verifier = verifier;
    }

    @GetMapping("/verifikasi")
    public String form(@RequestParam(name = "kode", required = false) String typed, Model model,
                       HttpServletResponse response) {
        if (typed == null || typed.isBlank()) {
            noIndex(response);
            model.addAttribute("typed", "");
            return "dokumen/verifikasi";
        }
        return answer(typed, model, response);
    }

    @GetMapping("/verifikasi/{code}")
    public String verify(@PathVariable String code, Model model, HttpServletResponse response) {
        return answer(code, model, response);
    }

    private String answer(String typed, Model model, HttpServletResponse response) {
        DocumentVerifier.Result result = verifier.verify(typed);
        noIndex(response);
        if (result.status() == DocumentVerifier.Status.UNKNOWN) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
        }
        model.addAttribute("typed", typed.length() > 100 ? typed.substring(0, 100) : typed);
        model.addAttribute("r", result);
        return "dokumen/verifikasi";
    }

    /** The page names people: keep it out of search engines and caches. */
    private static void noIndex(HttpServletResponse response) {
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        response.setHeader("Cache-Control", "no-store");
    }
}
