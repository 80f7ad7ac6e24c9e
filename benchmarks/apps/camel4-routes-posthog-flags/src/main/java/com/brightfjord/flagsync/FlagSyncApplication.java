package com.brightfjord.flagsync;

import com.brightfjord.flagsync.config.PostHogProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableConfigurationProperties(PostHogProperties.class)
@EnableScheduling
public class FlagSyncApplication {

    private static final Logger log = LoggerFactory.getLogger(FlagSyncApplication.class);

    public static void main(String[] args) {
        SpringApplication.run(FlagSyncApplication.class, args);
    }

    @Bean
    ApplicationRunner startupBanner(PostHogProperties properties) {
        return args -> {
            log.info("flag-sync started against project {} on {}", properties.getProjectId(), properties.getHost());
            log.debug("Effective PostHog settings: {}", properties);
        };
    }
}
