package id.sipetruk.assessment;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The limits of the evidence (data dukung) of one nomination.
 *
 * @param maxFileSize  the largest file accepted
 * @param maxTotalSize all files of one nomination together
 */
@Validated
@ConfigurationProperties("sipetruk.evidence")
public record EvidenceProperties(@NotNull @DefaultValue("5MB") DataSize maxFileSize,
                                 @NotNull @DefaultValue("20MB") DataSize maxTotalSize) {

    @AssertTrue(message = "max-file-size must be positive and not above max-total-size")
    public boolean isConsistent() {
        return maxFileSize == null || maxTotalSize == null
                || (maxFileSize.toBytes() > 0 && maxFileSize.compareTo(maxTotalSize) <= 0);
    }
}
