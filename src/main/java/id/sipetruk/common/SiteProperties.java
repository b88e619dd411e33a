package id.sipetruk.common;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where and when this installation of SI PETRUK lives: the regency's time zone and its public addresses.
 *
 * @param zone      the regency's wall clock (WITA: Asia/Makassar); every time SI PETRUK records or prints is on it
 * @param publicUrl the address printed in every document's QR code ({@code …/verifikasi/{code}})
 * @param baseUrl   the prefix of links in task forms (the dossier, previews); empty for links relative to Tasklist's
 *                  server
 */
@Validated
@ConfigurationProperties("sipetruk")
public record SiteProperties(@NotNull @DefaultValue("Asia/Makassar") ZoneId zone,
                             @NotNull @Pattern(regexp = URL, message = NOT_A_URL)
                             @DefaultValue("http://localhost:8080") String publicUrl,
                             @NotNull @Pattern(regexp = "(" + URL + ")?", message = NOT_A_URL)
                             @DefaultValue("") String baseUrl) {

    static final String URL = "https?://[^\\s/]+(/\\S*)?";
    static final String NOT_A_URL = "must be an http or https address, e.g. https://sipetruk.balangankab.go.id";
}
