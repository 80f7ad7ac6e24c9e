package com.acme.hub;

import com.acme.hub.config.PostHogProperties;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;

@SpringBootApplication
@EnableConfigurationProperties(PostHogProperties.class)
public class HubApplication {

    public static void main(String[] args) {
        SpringApplication.run(HubApplication.class, args);
    }

    /**
     * Prints the effective wiring when running locally so that people debugging the
     * docker-compose setup can see which values were picked up.
     */
    @Bean
    @Profile("dev")
    CommandLineRunner devStartupBanner(Environment env) {
        return args -> {
            String datasource = env.getProperty("spring.datasource.url");
            String jwtSigningSecret = env.getProperty("hub.jwt.secret");
            System.out.println("=== hub (dev) ===");
            System.out.println("datasource : " + datasource);
            System.out.println("jwt secret : " + jwtSigningSecret);
            System.out.println("jwt ttl    : " + env.getProperty("hub.jwt.ttl-seconds", Long.class, 3600L) + "s");
        };
    }
}
