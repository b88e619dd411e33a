package id.sipetruk.audit;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Brings every recorded time to the regency's wall clock ({@code sipetruk.zone}), so that rows from the
 * engine and from SI PETRUK's tables sort together. The engine records instants; most of SI PETRUK's
 * tables record {@code LocalDateTime.now()}, i.e. the server's wall clock, which need not be the regency's.
 */
@Component
class RegencyTime {

    private final ZoneId zone;

    RegencyTime(@Value("${sipetruk.zone:Asia/Makassar}") String zone) {
        this.zone = ZoneId.of(zone);
    }

    LocalDateTime ofInstant(Date instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant.toInstant(), zone);
    }

    /** A time recorded with {@code LocalDateTime.now()} (the server's zone). */
    LocalDateTime ofServerClock(LocalDateTime serverTime) {
        return serverTime == null ? null
                : serverTime.atZone(ZoneId.systemDefault()).withZoneSameInstant(zone).toLocalDateTime();
    }
}
