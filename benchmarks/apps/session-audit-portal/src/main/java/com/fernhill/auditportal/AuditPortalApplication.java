package com.fernhill.auditportal;

import java.util.Arrays;

import com.fernhill.auditportal.config.PostHogProperties;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

@SpringBootApplication
@ConfigurationPropertiesScan
public class AuditPortalApplication {

    private static final Logger log = LogManager.getLogger(AuditPortalApplication.class);

    public static void main(String[] args) {
        SpringApplication.run(AuditPortalApplication.class, args);
    }

    @Bean
    ApplicationRunner startupReport(PostHogProperties posthog, Environment environment) {
        return args -> {
            log.info("Audit portal started, profiles {}", Arrays.toString(environment.getActiveProfiles()));
            log.info("PostHog capture uses project key {}", posthog.apiKey());
            log.debug("PostHog settings: {}", posthog);
        };
    }
}
