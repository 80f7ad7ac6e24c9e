package com.northwind.opsadmin;

import com.northwind.opsadmin.config.ApiCredentials;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.PWA;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.EnableScheduling;

@Push
@PWA(name = "Northwind Ops Admin", shortName = "Ops Admin")
@EnableScheduling
@ConfigurationPropertiesScan
@SpringBootApplication
public class Application implements AppShellConfigurator {

    private static final Logger log = LoggerFactory.getLogger(Application.class);

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    @Bean
    ApplicationRunner startupReport(Environment env) {
        return args -> {
            String url = env.getProperty("spring.datasource.url");
            String user = env.getProperty("spring.datasource.username");
            String dbPassword = env.getProperty("spring.datasource.password");
            log.info("Datasource {} (user={}, password={})", url, user, dbPassword);

            log.info("Service-to-service calls authenticate with the {} header", ApiCredentials.API_KEY_HEADER);

            String personalKey = env.getProperty(ApiCredentials.PERSONAL_KEY_PROPERTY);
            boolean localEvaluation = personalKey != null && !personalKey.isBlank();
            log.info("PostHog local flag evaluation enabled: {}", localEvaluation);
            if (!localEvaluation) {
                log.warn("Property {} is not set; flags will be evaluated remotely", "posthog.personal-api-key");
            }
        };
    }
}
