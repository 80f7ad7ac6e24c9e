package com.acme.flagconsole;

import com.acme.flagconsole.config.PostHogDefaults;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.PWA;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
@Push
@PWA(name = "PostHog Flag Console", shortName = "Flags")
public class FlagConsoleApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(FlagConsoleApplication.class, args);
    }

    @Bean
    CommandLineRunner secureKeyCheck() {
        return args -> {
            String secureKey = System.getenv("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY");
            if (secureKey == null || secureKey.isBlank()) {
                System.out.println("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY not set, local evaluation uses the personal key");
                return;
            }
            if (!secureKey.startsWith(PostHogDefaults.SECURE_KEY_PREFIX)) {
                System.err.println("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY has an unexpected format: " + secureKey);
            }
        };
    }
}
