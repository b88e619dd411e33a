package id.sipetruk.audit;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Brings the engine's instants to the regency's wall clock ({@code sipetruk.zone}), so that rows from the
 * engine and from SI PETRUK's tables sort together (SI PETRUK records its own times on that clock already,
 * {@link id.sipetruk.common.RegencyClock}).
 */
@Component
class RegencyTime {

    private final Clock clock;

    RegencyTime(Clock clock) {
        this.clock = clock;
    }

    LocalDateTime ofInstant(Date instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant.toInstant(), clock.getZone());
    }
}
