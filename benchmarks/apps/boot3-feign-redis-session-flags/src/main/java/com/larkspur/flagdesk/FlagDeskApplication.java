package com.larkspur.flagdesk;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableFeignClients
@EnableScheduling
public class FlagDeskApplication {

    private static final Logger log = LoggerFactory.getLogger(FlagDeskApplication.class);

    public static void main(String[] args) {
        SpringApplication.run(FlagDeskApplication.class, args);
    }

    /**
     * Prints where the configuration came from; handy when a pod starts with stale values
     * because the config server was unreachable.
     */
    @Bean
    ApplicationListener<ApplicationReadyEvent> configServerBanner(Environment env) {
        return event -> log.info("FlagDesk ready. Config server {} (user {}, password {}), profiles {}",
                env.getProperty("spring.cloud.config.uri"),
                env.getProperty("spring.cloud.config.username"),
                env.getProperty("spring.cloud.config.password"),
                String.join(",", env.getActiveProfiles()));
    }
}
