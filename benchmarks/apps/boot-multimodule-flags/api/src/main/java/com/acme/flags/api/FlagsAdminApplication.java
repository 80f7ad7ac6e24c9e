package com.acme.flags.api;

import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication(scanBasePackages = "com.acme.flags")
@EntityScan("com.acme.flags.core")
@EnableJpaRepositories("com.acme.flags.core")
@ConfigurationPropertiesScan("com.acme.flags.infra")
@EnableScheduling
public class FlagsAdminApplication {

    public static void main(String[] args) {
        SpringApplication.run(FlagsAdminApplication.class, args);
    }

    @Bean
    @Profile("dev")
    CommandLineRunner printDataSource(Environment env) {
        return args -> {
            String url = env.getProperty("spring.datasource.url");
            String user = env.getProperty("spring.datasource.username");
            String dbPassword = env.getProperty("spring.datasource.password");
            System.out.println("Datasource " + url + " as " + user + "/" + dbPassword);
        };
    }
}
