package id.sipetruk.web;

import id.sipetruk.document.DocumentVerifier;
import id.sipetruk.document.VerificationRateLimit;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public verification page: GET /verifikasi (a form to type a code), GET /verifikasi?kode=... and
 * GET /verifikasi/{code} (the address in every document's QR code). Unknown codes answer 404 with the page; more
 * look-ups from one address than {@link VerificationRateLimit} allows answer 429 with the page saying so.
 */
@Controller
public class VerificationController {

    private final DocumentVerifier verifier;
    private final VerificationRateLimit rateLimit;

    public VerificationController(DocumentVerifier verifier, VerificationRateLimit rateLimit) {
        this.verifier = verifier;
        this.rateLimit = rateLimit;
    }

    @GetMapping("/verifikasi")
    public String form(@RequestParam(name = "kode", required = false) String typed, Model model,
                       HttpServletRequest request, HttpServletResponse response) {
        if (typed == null || typed.isBlank()) {
            noIndex(response);
            model.addAttribute("typed", "");
            return "dokumen/verifikasi";
        }
        return answer(typed, model, request, response);
    }

    @GetMapping("/verifikasi/{code}")
    public String verify(@PathVariable String code, Model model, HttpServletRequest request,
                         HttpServletResponse response) {
        return answer(code, model, request, response);
    }

    private String answer(String typed, Model model, HttpServletRequest request, HttpServletResponse response) {
        noIndex(response);
        if (!rateLimit.allow(request.getRemoteAddr())) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader("Retry-After", "60");
            model.addAttribute("typed", "");
            model.addAttribute("tooMany", true);
            return "dokumen/verifikasi";
        }
        DocumentVerifier.Result result = verifier.verify(typed);
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
