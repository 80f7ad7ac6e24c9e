package com.northwind.flagsync;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

import com.northwind.flagsync.config.FlagSyncSettings;
import com.northwind.flagsync.config.PostHogProperties;

@SpringBootApplication
@EnableFeignClients
@EnableScheduling
@ConfigurationPropertiesScan
public class FlagSyncApplication {

    private static final Logger log = LoggerFactory.getLogger(FlagSyncApplication.class);

    public static void main(String[] args) {
        SpringApplication.run(FlagSyncApplication.class, args);
    }

    /** Prints the effective configuration once at boot; saves a lot of "which project is this?" questions. */
    @Bean
    ApplicationRunner startupReport(PostHogProperties posthog, FlagSyncSettings settings) {
        return args -> {
            log.info("PostHog configuration: {}", posthog);
            log.info("Flag sync configuration: {}", settings);
            log.info("PostHog key mode {}, SDK debug {}", posthog.keyMode(), posthog.sdkDebug());
        };
    }
}
