package com.acme.portal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PortalApplication {

    private static final Logger log = LoggerFactory.getLogger(PortalApplication.class);

    public static void main(String[] args) {
        boolean personalKeyFromEnv = System.getenv("POSTHOG_PERSONAL_API_KEY") != null;
        log.info("Starting portal (POSTHOG_PERSONAL_API_KEY exported: {})", personalKeyFromEnv);
        SpringApplication.run(PortalApplication.class, args);
    }
}
