package com.quarry.graph;

import com.quarry.graph.config.PostHogProperties;
import com.quarry.graph.flags.FlagService;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@EnableConfigurationProperties(PostHogProperties.class)
public class QuarryGraphApplication {

    public static void main(String[] args) {
        SpringApplication.run(QuarryGraphApplication.class, args);
    }

    @Bean
    ApplicationRunner startupReport(PostHogProperties props, FlagService flags) {
        return args -> {
            System.out.println("quarry-graph ready; PostHog host " + props.host() + ", project " + props.apiKey());
            System.out.println("flag evaluation key in use: " + flags.evaluationKey());
            System.out.println("secure key configured: " + (flags.secureKey() != null));
        };
    }
}
