package com.tallowmere.cohortexport;

import com.tallowmere.cohortexport.config.PostHogProperties;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.annotation.EnableKafka;
import org.springframework.retry.annotation.EnableRetry;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableKafka
@EnableRetry
@EnableScheduling
public class CohortExportApplication {

    public static void main(String[] args) {
        SpringApplication.run(CohortExportApplication.class, args);
    }

    @Bean
    CommandLineRunner startupBanner(PostHogProperties posthog) {
        return args -> {
            System.out.println("cohort-exporter ready");
            System.out.println("PostHog settings: " + posthog);
        };
    }
}
