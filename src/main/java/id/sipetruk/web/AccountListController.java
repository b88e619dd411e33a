package id.sipetruk.web;

import id.sipetruk.account.AccountStates;
import id.sipetruk.common.Messages;
import id.sipetruk.common.ValidationException;
import id.sipetruk.security.Viewer;
import id.sipetruk.security.WebSecurityConfiguration;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * /akun/daftar: BKPSDM sees every login (its name, e-mail, NIP, groups, state) and deactivates or reactivates one
 * with one click. Under /akun/daftar, so {@code bkpsdm-admin} and administrators only
 * ({@link WebSecurityConfiguration}); {@link AccountStates} refuses one's own login and the administrators'.
 */
@Controller
public class AccountListController {

    private static final String PAGE = "dokumen/akun-daftar";

    private final AccountStates accounts;

    public AccountListController(AccountStates accounts) {
        this.accounts = accounts;
    }

    @GetMapping(WebSecurityConfiguration.ACCOUNT_LIST)
    public String list(@RequestParam(name = "halaman", defaultValue = "0") int page, Model model) {
        return show(Math.max(0, page), model);
    }

    @PostMapping(WebSecurityConfiguration.ACCOUNT_LIST + "/{login}/nonaktifkan")
    public String deactivate(@PathVariable String login, @RequestParam(name = "halaman", defaultValue = "0") int page,
                             Model model, HttpServletResponse response) {
        return setActive(login, false, page, model, response);
    }

    @PostMapping(WebSecurityConfiguration.ACCOUNT_LIST + "/{login}/aktifkan")
    public String reactivate(@PathVariable String login, @RequestParam(name = "halaman", defaultValue = "0") int page,
                             Model model, HttpServletResponse response) {
        return setActive(login, true, page, model, response);
    }

    private String setActive(String login, boolean active, int page, Model model, HttpServletResponse response) {
        Viewer viewer = Viewer.current();
        try {
            accounts.setActive(login, active, viewer.userId(), viewer.isAdministrator());
            model.addAttribute("done", Messages.get(active ? "account.activated" : "account.deactivatedNow", login));
        } catch (ValidationException refused) {
            response.setStatus(refused.status());
            model.addAttribute("error", refused.getMessage());
        }
        return show(Math.max(0, page), model);
    }

    private String show(int page, Model model) {
        model.addAttribute("accounts", accounts.list(page));
        model.addAttribute("page", page);
        model.addAttribute("pageSize", AccountStates.PAGE_SIZE);
        return PAGE;
    }
}
