package com.acme.flagadmin;

import com.acme.flagadmin.config.PostHogProperties;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class FlagAdminApplication {

    public static void main(String[] args) {
        SpringApplication.run(FlagAdminApplication.class, args);
    }

    @Bean
    @Profile("dev")
    CommandLineRunner printPostHogConfig(PostHogProperties properties) {
        return args -> {
            System.out.println("==== flag-admin dev startup ====");
            System.out.println("Loaded PostHog config: " + properties);
            System.out.println("Projects configured: " + properties.projects().size());
        };
    }
}
