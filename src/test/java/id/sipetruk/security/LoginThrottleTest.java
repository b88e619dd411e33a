package id.sipetruk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The throttling policy on a clock the test moves: per account and address, per address, bounded, unlockable. */
class LoginThrottleTest {

    private static final String ATTACKER = "10.1.1.66";
    private static final String OFFICE = "10.1.2.7";

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock, 5, Duration.ofMinutes(15));

    @Test
    void fiveFailuresLockTheAccount_forThatAddressOnly_andTheLockLiftsByItself() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("admin", ATTACKER);
        }
        assertThat(throttle.lockedUntil("admin", ATTACKER)).isEmpty();
        throttle.failed("admin", ATTACKER);
        assertThat(throttle.lockedUntil("admin", ATTACKER)).contains(clock.instant().plus(Duration.ofMinutes(15)));
        assertThat(throttle.lockedUntil("ADMIN", ATTACKER)).as("user ids are not case-sensitive here").isPresent();

        // the real administrator, at his own computer, is not locked out
        assertThat(throttle.lockedUntil("admin", OFFICE)).isEmpty();

        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(throttle.lockedUntil("admin", ATTACKER)).isEmpty();
    }

    @Test
    void anAddressThatFailsForManyAccounts_isLocked_andASuccessClearsOnlyItsOwnAccount() {
        for (int i = 0; i < 24; i++) {
            throttle.failed("pengguna" + i, ATTACKER);
        }
        assertThat(throttle.lockedUntil("bupati", ATTACKER)).isEmpty();
        throttle.failed("pengguna24", ATTACKER);
        assertThat(throttle.lockedUntil("bupati", ATTACKER)).isPresent();
        assertThat(throttle.lockedUntil("bupati", OFFICE)).isEmpty();

        throttle.failed("kepala.dinkes", OFFICE);
        throttle.failed("kepala.dinkes", OFFICE);
        throttle.succeeded("kepala.dinkes", OFFICE);
        for (int i = 0; i < 4; i++) {
            throttle.failed("kepala.dinkes", OFFICE);
        }
        assertThat(throttle.lockedUntil("kepala.dinkes", OFFICE)).as("the count started again").isEmpty();
    }

    @Test
    void anAdministratorLiftsLocksAtOnce() {
        for (int i = 0; i < 25; i++) {
            throttle.failed("bupati", ATTACKER);
        }
        assertThat(throttle.locks()).containsKeys("account:bupati@" + ATTACKER, "address:" + ATTACKER);
        assertThat(throttle.unlockAccount("bupati")).isTrue();
        assertThat(throttle.unlockAddress(ATTACKER)).isTrue();
        assertThat(throttle.lockedUntil("bupati", ATTACKER)).isEmpty();
        assertThat(throttle.locks()).isEmpty();
    }

    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T02:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }
}
