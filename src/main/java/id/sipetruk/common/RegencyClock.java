package id.sipetruk.common;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The regency's clock for the JPA entities, which stamp their own times (nominated, filled, signed off, decided,
 * scored, issued) and which Spring does not create. It is the one {@link Clock} bean of {@link ClockConfiguration},
 * handed over at start-up; everything Spring creates takes that bean directly. Until then (plain unit tests) it is
 * the system clock in the default zone.
 */
public final class RegencyClock {

    private static volatile Clock clock = Clock.system(ZoneId.of("Asia/Makassar"));

    private RegencyClock() {
    }

    static void use(Clock regencyClock) {
        clock = regencyClock;
    }

    /** Now, on the regency's clock. */
    public static LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
