package id.sipetruk.web;

import id.sipetruk.security.WebSecurityConfiguration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** GET /masuk: the one login page (Spring Security processes the POST). */
@Controller
public class LoginController {

    @GetMapping(WebSecurityConfiguration.LOGIN_PAGE)
    public String login(@RequestParam(name = "gagal", required = false) String failed,
                        @RequestParam(name = "keluar", required = false) String loggedOut,
                        @RequestParam(name = "terkunci", required = false) String locked,
                        @RequestParam(name = "nonaktif", required = false) String deactivated, Model model) {
        model.addAttribute("deactivated", deactivated != null);
        model.addAttribute("failed", failed != null);
        model.addAttribute("locked", locked != null);
        model.addAttribute("loggedOut", loggedOut != null);
        return "masuk";
    }
}
