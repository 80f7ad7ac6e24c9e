package com.brightlane.flagdeck.relay;

import com.brightlane.flagdeck.relay.config.PostHogProperties;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

@SpringBootApplication
@EnableConfigurationProperties(PostHogProperties.class)
public class RelayApplication {

    public static void main(String[] args) {
        System.out.println("flagdeck-relay starting, POSTHOG_PERSONAL_API_KEY=" + System.getenv("POSTHOG_PERSONAL_API_KEY"));
        SpringApplication.run(RelayApplication.class, args);
    }
}
