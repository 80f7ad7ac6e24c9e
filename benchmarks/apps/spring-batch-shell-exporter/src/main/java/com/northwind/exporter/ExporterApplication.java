package com.northwind.exporter;

import com.northwind.exporter.config.PostHogProperties;
import com.northwind.exporter.support.SecretMasker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class ExporterApplication {

    private static final Logger log = LoggerFactory.getLogger(ExporterApplication.class);

    public static void main(String[] args) {
        SpringApplication.run(ExporterApplication.class, args);
    }

    @Bean
    ApplicationRunner startupReport(PostHogProperties posthog) {
        return args -> {
            log.info("Exporter starting against PostHog {}", posthog.getHost());
            log.debug("PostHog settings: {}", posthog);
            boolean localEvaluation = posthog.getPersonalApiKey() != null && !posthog.getPersonalApiKey().isBlank();
            log.info("Local flag evaluation enabled: {}", localEvaluation);
            if (localEvaluation) {
                log.info("Personal key fingerprint: {}", SecretMasker.sha256Hex(posthog.getPersonalApiKey()));
            }
        };
    }
}
