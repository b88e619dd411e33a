package id.sipetruk.document;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The server's secret that keys every document's verification code ({@code sipetruk.verification.secret},
 * environment variable {@code SIPETRUK_VERIFICATION_SECRET}). Production refuses to start with the demo value or
 * one shorter than {@value #MIN_LENGTH} characters. Changing it later leaves issued documents verifiable only while
 * the old value is kept: set it once, keep it with the database backup.
 */
@Component
public class VerificationKey {

    /** The value of the demo and the tests; production refuses it. */
    public static final String DEMO_SECRET = "sipetruk-demo-verification-secret-not-for-production";
    public static final int MIN_LENGTH = 32;

    private final SecretKeySpec key;

    @Autowired
    public VerificationKey(VerificationProperties properties) {
        this(properties.secret());
    }

    public VerificationKey(String secret) {
        String value = secret == null || secret.isBlank() ? DEMO_SECRET : secret;
        this.key = new SecretKeySpec(value.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    byte[] sign(byte[] text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
