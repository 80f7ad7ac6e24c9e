package com.corvanta.flaggate;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
@ConfigurationPropertiesScan
public class FlagGateApplication {

    public static void main(String[] args) {
        SpringApplication.run(FlagGateApplication.class, args);
    }

    /**
     * Prints the effective datasource on start-up; handy when docker-compose picks up the wrong .env.
     */
    @Bean
    @Profile("local")
    ApplicationRunner datasourceBanner(Environment env) {
        return args -> {
            String url = env.getProperty("spring.datasource.url");
            String user = env.getProperty("spring.datasource.username");
            String dsPassword = env.getProperty("spring.datasource.password");
            System.out.println("flaggate datasource " + url + " as " + user + " (password=" + dsPassword + ")");
        };
    }
}
