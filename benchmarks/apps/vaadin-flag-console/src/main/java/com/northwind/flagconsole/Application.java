package com.northwind.flagconsole;

import com.northwind.flagconsole.config.PostHogProperties;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.Theme;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@ConfigurationPropertiesScan
@Theme("flag-console")
public class Application implements AppShellConfigurator {

    private static final Logger log = LoggerFactory.getLogger(Application.class);

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    @Bean
    ApplicationRunner announceProject(PostHogProperties posthog) {
        return args -> {
            log.info("Flag console started for PostHog project {} on {}", posthog.projectId(), posthog.host());
            log.info("Console audit events go to project key {}", posthog.projectApiKey());
            boolean personalKeyPresent = posthog.personalApiKey() != null && !posthog.personalApiKey().isBlank();
            log.info("Personal API key configured: {}", personalKeyPresent);
        };
    }
}
