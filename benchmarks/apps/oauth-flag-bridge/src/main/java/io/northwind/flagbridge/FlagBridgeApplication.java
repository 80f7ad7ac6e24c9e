package io.northwind.flagbridge;

import io.northwind.flagbridge.config.FlagBridgeProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
@EnableConfigurationProperties(FlagBridgeProperties.class)
public class FlagBridgeApplication {

    private static final Logger log = LoggerFactory.getLogger(FlagBridgeApplication.class);

    public static void main(String[] args) {
        SpringApplication.run(FlagBridgeApplication.class, args);
    }

    @Bean
    ApplicationRunner startupSummary(FlagBridgeProperties properties) {
        return args -> {
            log.info("oauth-flag-bridge ready, PostHog app host {}, ingest host {}",
                    properties.appHost(), properties.ingestHost());
            log.info("Effective PostHog settings: {}", properties);
        };
    }
}
