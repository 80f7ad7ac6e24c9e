package com.larkspurfit.flagadmin;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.web.client.RestTemplate;

import java.time.Duration;

@SpringBootApplication
@ConfigurationPropertiesScan
public class FlagAdminApplication {

    public static void main(String[] args) {
        if (args.length > 0 && "--print-env".equals(args[0])) {
            // Used by the deploy smoke test to check the container picked up its env file.
            System.out.println("POSTHOG_HOST=" + System.getenv("POSTHOG_HOST"));
            System.out.println("POSTHOG_PERSONAL_API_KEY=" + System.getenv("POSTHOG_PERSONAL_API_KEY"));
            return;
        }
        SpringApplication.run(FlagAdminApplication.class, args);
    }

    @Bean
    RestTemplate restTemplate(RestTemplateBuilder builder) {
        return builder
                .setConnectTimeout(Duration.ofSeconds(5))
                .setReadTimeout(Duration.ofSeconds(20))
                .build();
    }
}
