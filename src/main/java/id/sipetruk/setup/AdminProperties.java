package id.sipetruk.setup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The administrator created when {@code camunda-admin} has no member ({@link AdminAccountSetup}).
 *
 * @param password from the environment ({@code SIPETRUK_ADMIN_PASSWORD}); required in production
 */
@Validated
@ConfigurationProperties("sipetruk.admin")
public record AdminProperties(@NotBlank @DefaultValue("admin") String userId, @NotNull @DefaultValue("") String password) {
}
