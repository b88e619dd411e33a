package id.sipetruk.document;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(RegencyProperties.class)
public class DocumentConfiguration {
}
