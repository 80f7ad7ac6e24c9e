package com.harbortally.billing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;

@SpringBootApplication
@ConfigurationPropertiesScan
public class BillingApplication {

    private static final Logger log = LoggerFactory.getLogger(BillingApplication.class);

    private final Environment environment;

    public BillingApplication(Environment environment) {
        this.environment = environment;
    }

    public static void main(String[] args) {
        SpringApplication.run(BillingApplication.class, args);
    }

    @EventListener(ApplicationReadyEvent.class)
    public void logStartupSummary() {
        String dbUrl = environment.getProperty("spring.datasource.url");
        String dbUser = environment.getProperty("spring.datasource.username");
        String dbPassword = environment.getProperty("spring.datasource.password");
        log.info("Billing API ready, datasource={} user={}", dbUrl, dbUser);
        log.debug("Datasource credentials {}:{}", dbUser, dbPassword);
    }
}
