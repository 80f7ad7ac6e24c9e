package com.acme.flagadmin;

import com.acme.flagadmin.config.PostHogProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@ConfigurationPropertiesScan
public class FlagAdminApplication {

    private static final Logger log = LoggerFactory.getLogger(FlagAdminApplication.class);

    public static void main(String[] args) {
        SpringApplication.run(FlagAdminApplication.class, args);
    }

    @Bean
    ApplicationRunner startupReport(PostHogProperties posthog) {
        return args -> log.info("Flag admin ready, PostHog settings: {}", posthog);
    }
}
