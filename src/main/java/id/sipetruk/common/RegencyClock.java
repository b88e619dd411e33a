package id.sipetruk.common;

import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The regency's wall clock ({@code sipetruk.zone}, Asia/Makassar by default). Every time SI PETRUK records
 * (nominated, filled, signed off, decided, scored, issued) is read on it, so that pages, documents and the audit
 * trail show the same hour whatever zone the server itself runs in (often UTC).
 *
 * <p>A static holder because the times are taken inside JPA entities, which Spring does not create; the
 * zone is set once at start-up from the configuration.
 */
@Component
public final class RegencyClock {

    private static volatile ZoneId zone = ZoneId.of("Asia/Makassar");

    RegencyClock(@Value("${sipetruk.zone:Asia/Makassar}") String configuredZone) {
        zone = ZoneId.of(configuredZone);
    }

    /** Now, on the regency's clock. */
    public static LocalDateTime now() {
        return LocalDateTime.now(zone);
    }
}
