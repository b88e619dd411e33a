package id.sipetruk.security;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long a login is locked after repeated failures ({@link LoginThrottle}).
 *
 * @param maxFailures failed attempts in a row that lock a login (and an address)
 * @param lock        how long the lock lasts
 */
@Validated
@ConfigurationProperties("sipetruk.login")
public record LoginProperties(@Min(1) @DefaultValue("5") int maxFailures, @NotNull @DefaultValue("PT15M") Duration lock) {
}
