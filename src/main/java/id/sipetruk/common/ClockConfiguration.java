package id.sipetruk.common;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock of SI PETRUK, in the regency's zone ({@code sipetruk.zone}). */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    @Bean
    public Clock regencyClock(SiteProperties site) {
        Clock clock = Clock.system(site.zone());
        RegencyClock.use(clock);
        return clock;
    }
}
