package id.sipetruk.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Throttles failed logins, for the login page, Tasklist's login form and the REST API alike:
 * <ul>
 *   <li>per account <b>and client address</b>: after {@code sipetruk.login.max-failures} failures within the window
 *       that account is locked <i>for that address</i>;</li>
 *   <li>per client address: after five times as many failures (any accounts), the address is locked.</li>
 * </ul>
 * A lock lasts {@code sipetruk.login.lock} and lifts by itself; a successful login clears the account's count for its
 * address. Because an account is locked per address, somebody who sends wrong passwords for {@code admin} or the
 * Bupati locks out only himself: the real person logs in from his own computer. An administrator lifts a lock at
 * once on {@code /admin/kunci-masuk}; a restart lifts every lock (they are kept in memory). Camunda's own
 * permanent lock after ten failures is switched off ({@code loginMaxAttempts}, {@code loginDelayBase} in
 * application.yml): it locked any account for good for whoever knew its name.
 */
@Component
public class LoginThrottle {

    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);
    private static final int ADDRESS_FACTOR = 5;
    /** Above this many counted accounts and addresses, those without a recent failure are forgotten. */
    private static final int MAX_KEYS = 10_000;

    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Duration lock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    @Autowired
    public LoginThrottle(LoginProperties properties, Clock clock) {
        this(clock, properties.maxFailures(), properties.lock());
    }

    LoginThrottle(Clock clock, int maxFailures, Duration lock) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = lock;
        this.lock = lock;
    }

    /** Until when a login of this account from this address is refused without checking the password, if it is. */
    public Optional<Instant> lockedUntil(String userId, String address) {
        Instant now = clock.instant();
        return latest(accountKey(userId, address), maxFailures, now)
                .or(() -> latest(addressKey(address), maxFailures * ADDRESS_FACTOR, now));
    }

    public void failed(String userId, String address) {
        Instant now = clock.instant();
        record(accountKey(userId, address), now);
        record(addressKey(address), now);
        lockedUntil(userId, address).ifPresent(until ->
                LOG.warn("Logins of '{}' from {} locked until {} after repeated failures", userId, address, until));
    }

    public void succeeded(String userId, String address) {
        failures.remove(accountKey(userId, address));
    }

    /** Lifts every lock of the account (from any address); returns whether there was one. */
    public boolean unlockAccount(String userId) {
        String prefix = "account:" + normalize(userId) + "@";
        boolean removed = failures.keySet().removeIf(key -> key.startsWith(prefix));
        LOG.info("Login locks of '{}' lifted{}", userId, removed ? "" : " (there were none)");
        return removed;
    }

    /** Lifts the lock of a client address. */
    public boolean unlockAddress(String address) {
        boolean removed = failures.remove(addressKey(address)) != null;
        LOG.info("Login lock of address {} lifted{}", address, removed ? "" : " (there was none)");
        return removed;
    }

    /** Every account and address that is locked now, with the time its lock lifts. */
    public Map<String, Instant> locks() {
        Instant now = clock.instant();
        Map<String, Instant> locks = new java.util.TreeMap<>();
        failures.keySet().forEach(key -> latest(key, key.startsWith("account:") ? maxFailures
                : maxFailures * ADDRESS_FACTOR, now).ifPresent(until -> locks.put(key, until)));
        return locks;
    }

    private void record(String key, Instant now) {
        if (failures.size() > MAX_KEYS) {
            failures.entrySet().removeIf(e -> latest(e.getKey(), 1, now).isEmpty());
        }
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(now);
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(window))) {
                times.removeFirst();
            }
            while (times.size() > maxFailures * ADDRESS_FACTOR) {
                times.removeFirst();
            }
        }
    }

    /** The lock of a key: the time its last failure plus the lock duration, when enough failures fall in the window. */
    private Optional<Instant> latest(String key, int limit, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            long recent = times.stream().filter(t -> !t.isBefore(now.minus(window))).count();
            if (recent < limit) {
                return Optional.empty();
            }
            Instant until = times.peekLast().plus(lock);
            return until.isAfter(now) ? Optional.of(until) : Optional.empty();
        }
    }

    private static String accountKey(String userId, String address) {
        return "account:" + normalize(userId) + "@" + address;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    private static String normalize(String userId) {
        return userId == null ? "" : userId.trim().toLowerCase(Locale.ROOT);
    }
}
