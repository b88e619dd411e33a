package id.sipetruk.document;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The public verification page answers one client address at most {@code sipetruk.verification.max-per-minute}
 * look-ups a minute: enough for a person checking a pile of certificates, too few to try codes by the thousand.
 */
@Component
public class VerificationRateLimit {

    private static final int MAX_ADDRESSES = 10_000;

    private final Clock clock;
    private final int perMinute;
    private final Map<String, long[]> windows = new ConcurrentHashMap<>();

    @Autowired
    public VerificationRateLimit(VerificationProperties properties, Clock clock) {
        this(clock, properties.maxPerMinute());
    }

    VerificationRateLimit(Clock clock, int perMinute) {
        this.clock = clock;
        this.perMinute = perMinute;
    }

    /** Counts a look-up from the address; false when it is one too many this minute. */
    public boolean allow(String address) {
        long minute = Instant.now(clock).getEpochSecond() / 60;
        if (windows.size() > MAX_ADDRESSES) {
            windows.values().removeIf(w -> w[0] != minute);
        }
        long[] window = windows.computeIfAbsent(address, a -> new long[] {minute, 0});
        synchronized (window) {
            if (window[0] != minute) {
                window[0] = minute;
                window[1] = 0;
            }
            return ++window[1] <= perMinute;
        }
    }
}
