package id.sipetruk.document;

import id.sipetruk.regency.RegencyProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(RegencyProperties.class)
public class DocumentConfiguration {
}
