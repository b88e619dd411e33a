package id.sipetruk.web;

import id.sipetruk.account.AccountStates;
import id.sipetruk.account.PasswordChange;
import id.sipetruk.common.Messages;
import id.sipetruk.common.ValidationException;
import id.sipetruk.notification.NotificationMode;
import id.sipetruk.notification.NotificationPreferences;
import id.sipetruk.organization.RoleGroups;
import id.sipetruk.security.LoginThrottle;
import id.sipetruk.security.Viewer;
import id.sipetruk.security.WebSecurityConfiguration;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * /akun: every logged-in person changes his own password (current, new, repeated; the engine's policy). A person
 * with a one-time password is sent here until he has changed it. A wrong current password counts as a failed login
 * ({@link LoginThrottle}), so the page cannot be used to guess it.
 */
@Controller
public class AccountController {

    private static final String PAGE = "dokumen/akun";

    private final AccountStates accounts;
    private final PasswordChange passwords;
    private final LoginThrottle throttle;
    private final NotificationPreferences notifications;

    public AccountController(AccountStates accounts, PasswordChange passwords, LoginThrottle throttle,
                             NotificationPreferences notifications) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.throttle = throttle;
        this.notifications = notifications;
    }

    @GetMapping(WebSecurityConfiguration.ACCOUNT_PAGE)
    public String show(@RequestParam(name = "diganti", required = false) String changed,
                       @RequestParam(name = "pemberitahuan", required = false) String modeChosen, Model model) {
        describe(Viewer.current(), model);
        if (changed != null) {
            model.addAttribute("done", Messages.get("account.password.changed"));
        }
        if (modeChosen != null) {
            model.addAttribute("done", Messages.get("notification.mode.changed"));
        }
        return PAGE;
    }

    /** How the person wants to be told of new tasks: one message each, or a daily digest; and his WhatsApp number. */
    @PostMapping(WebSecurityConfiguration.ACCOUNT_PAGE + "/pemberitahuan")
    public String chooseNotifications(@RequestParam(name = "mode", required = false) String mode,
                                      @RequestParam(name = "whatsapp", required = false) String whatsapp, Model model,
                                      HttpServletResponse response) {
        Viewer viewer = Viewer.current();
        NotificationMode chosen;
        try {
            chosen = NotificationMode.valueOf(String.valueOf(mode));
        } catch (IllegalArgumentException unknown) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", Messages.get("field.option", "Pemberitahuan", mode,
                    NotificationMode.PER_TASK + ", " + NotificationMode.DAILY_DIGEST));
            describe(viewer, model);
            return PAGE;
        }
        try {
            notifications.choose(viewer.userId(), chosen, whatsapp);
            return "redirect:" + WebSecurityConfiguration.ACCOUNT_PAGE + "?pemberitahuan";
        } catch (ValidationException refused) {
            response.setStatus(refused.status());
            model.addAttribute("error", refused.getMessage());
            describe(viewer, model);
            model.addAttribute("whatsapp", whatsapp);
            return PAGE;
        }
    }

    @PostMapping(WebSecurityConfiguration.ACCOUNT_PAGE)
    public String change(@RequestParam(name = "sandiSaatIni", required = false) String current,
                         @RequestParam(name = "sandiBaru", required = false) String newPassword,
                         @RequestParam(name = "ulangiSandiBaru", required = false) String repeated,
                         HttpServletRequest request, HttpServletResponse response, Model model) {
        Viewer viewer = Viewer.current();
        String address = request.getRemoteAddr();
        try {
            if (throttle.lockedUntil(viewer.userId(), address).isPresent()) {
                response.setStatus(429);
                model.addAttribute("error", Messages.get("account.password.locked"));
            } else {
                passwords.change(viewer.userId(), current, newPassword, repeated);
                throttle.succeeded(viewer.userId(), address);
                return "redirect:" + WebSecurityConfiguration.ACCOUNT_PAGE + "?diganti";
            }
        } catch (PasswordChange.WrongPasswordException wrong) {
            throttle.failed(viewer.userId(), address);
            response.setStatus(wrong.status());
            model.addAttribute("error", wrong.getMessage());
        } catch (ValidationException refused) {
            response.setStatus(refused.status());
            model.addAttribute("error", refused.getMessage());
        }
        describe(viewer, model);
        return PAGE;
    }

    private void describe(Viewer viewer, Model model) {
        model.addAttribute("login", viewer.userId());
        model.addAttribute("notificationMode", notifications.modeOf(viewer.userId()).name());
        model.addAttribute("whatsappAvailable", notifications.whatsappAvailable());
        model.addAttribute("whatsapp", notifications.whatsappShownOf(viewer.userId()));
        model.addAttribute("modes", Arrays.stream(NotificationMode.values())
                .map(m -> Map.of("name", m.name(), "label", Messages.label(m))).toList());
        model.addAttribute("mustChange", accounts.of(viewer.userId()).mustChangePassword());
        model.addAttribute("mayListAccounts", viewer.isAdministrator()
                || viewer.in(RoleGroups.BKPSDM_ADMIN));
    }
}
