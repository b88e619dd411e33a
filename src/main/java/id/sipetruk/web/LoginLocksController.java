package id.sipetruk.web;

import id.sipetruk.common.IndonesianDates;
import id.sipetruk.security.LoginThrottle;
import id.sipetruk.security.WebSecurityConfiguration;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@value #PAGE}: the logins locked after repeated failures ({@link LoginThrottle}), and the administrator's button
 * that lifts a lock at once (also Camunda's own lock of the account, if an older configuration set one). Open to
 * {@code camunda-admin} only ({@link WebSecurityConfiguration}).
 */
@Controller
public class LoginLocksController {

    static final String PAGE = WebSecurityConfiguration.LOGIN_LOCKS_PAGE;

    private final LoginThrottle throttle;
    private final IdentityService identity;
    private final Clock clock;

    public LoginLocksController(LoginThrottle throttle, IdentityService identity,
                                Clock clock) {
        this.throttle = throttle;
        this.identity = identity;
        this.clock = clock;
    }

    /** One locked account (for one address) or address, and when its lock lifts. */
    public record Lock(String kind, String who, String address, String until) {
    }

    @GetMapping(PAGE)
    public String show(Model model) {
        List<Lock> locks = throttle.locks().entrySet().stream().map(e -> {
            String key = e.getKey();
            String until = IndonesianDates.dateTime(LocalDateTime.ofInstant(e.getValue(), clock.getZone()));
            if (key.startsWith("account:")) {
                String rest = key.substring("account:".length());
                int at = rest.lastIndexOf('@');
                return new Lock("Akun", rest.substring(0, at), rest.substring(at + 1), until);
            }
            return new Lock("Alamat", "-", key.substring("address:".length()), until);
        }).toList();
        model.addAttribute("locks", locks);
        return "dokumen/kunci-masuk";
    }

    @PostMapping(PAGE + "/akun")
    public String unlockAccount(@RequestParam String userId, RedirectAttributes redirect) {
        throttle.unlockAccount(userId);
        identity.unlockUser(userId);
        redirect.addFlashAttribute("message", "Kunci masuk akun " + userId + " dibuka.");
        return "redirect:" + PAGE;
    }

    @PostMapping(PAGE + "/alamat")
    public String unlockAddress(@RequestParam String address, RedirectAttributes redirect) {
        throttle.unlockAddress(address);
        redirect.addFlashAttribute("message", "Kunci masuk dari alamat " + address + " dibuka.");
        return "redirect:" + PAGE;
    }
}
