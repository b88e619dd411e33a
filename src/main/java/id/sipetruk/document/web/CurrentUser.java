package id.sipetruk.document.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.Optional;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * Who is asking, as far as SI PETRUK knows before its own login exists: the request's principal (set by a
 * future security filter), else the person logged in to Camunda Tasklist in the same browser session (the
 * dossier is opened from Tasklist's forms). Empty when nobody is logged in.
 */
final class CurrentUser {

    private CurrentUser() {
    }

    static Optional<String> of(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        if (principal != null && principal.getName() != null) {
            return Optional.of(principal.getName());
        }
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        try {
            Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
            return authentications.getAuthentications().stream().map(UserAuthentication::getName)
                    .filter(name -> name != null && !name.isBlank()).findFirst();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
