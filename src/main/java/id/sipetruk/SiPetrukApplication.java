package id.sipetruk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SiPetrukApplication {

    public static void main(String[] args) {
        SpringApplication.run(SiPetrukApplication.class, args);
    }
}
