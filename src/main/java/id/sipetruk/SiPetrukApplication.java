package id.sipetruk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class SiPetrukApplication {

    public static void main(String[] args) {
        SpringApplication.run(SiPetrukApplication.class, args);
    }
}
