package id.sipetruk.setup;

import id.sipetruk.demo.DemoUsers;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Production profile: refuses to start while a demo login (e.g. {@code bkpsdm}, {@code kepala.disdik}) still opens
 * with the demo password, as on a database that once ran the demo. Runs when the engine is up, before the port
 * opens; one user query and one password check per demo login found. The configuration itself (profiles, database,
 * addresses, passwords) is checked earlier by {@code security.ProductionSafetyCheck}.
 */
@Component
@Profile("production")
public class ProductionDemoLoginCheck {

    public ProductionDemoLoginCheck(IdentityService identity) {
        List<String> ids = DemoUsers.loginIds();
        List<String> open = identity.createUserQuery().userIdIn(ids.toArray(String[]::new)).list().stream()
                .map(User::getId).filter(id -> identity.checkPassword(id, DemoUsers.PASSWORD)).toList();
        if (!open.isEmpty()) {
            throw new IllegalStateException("SI PETRUK refuses to start in production: demo logins with the demo "
                    + "password exist in this database (" + String.join(", ", open.subList(0, Math.min(5,
                    open.size()))) + (open.size() > 5 ? ", …" : "") + "). Start on a new database, or start once with "
                    + "--spring.profiles.active=postgres and delete these users (or give them passwords of their own) in "
                    + "Camunda Admin.");
        }
    }
}
