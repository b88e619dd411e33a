package id.sipetruk.document;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The public verification of documents.
 *
 * @param secret       the server's key of every verification code ({@link VerificationKey}); empty: the demo key,
 *                     which production refuses
 * @param maxPerMinute checks one address may make per minute on /verifikasi
 */
@Validated
@ConfigurationProperties("sipetruk.verification")
public record VerificationProperties(@NotNull @DefaultValue("") String secret,
                                     @Min(1) @DefaultValue("30") int maxPerMinute) {
}
