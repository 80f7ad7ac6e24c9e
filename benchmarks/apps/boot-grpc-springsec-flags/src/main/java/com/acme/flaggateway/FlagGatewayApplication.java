package com.acme.flaggateway;

import com.acme.flaggateway.config.GatewaySecurityProperties;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.EnableAsync;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableCaching
@EnableAsync
public class FlagGatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(FlagGatewayApplication.class, args);
    }

    /**
     * Prints where the admin console lives when running through docker-compose,
     * so nobody has to dig through the compose file for the login.
     */
    @Bean
    @Profile("local")
    ApplicationRunner printLocalAccess(GatewaySecurityProperties security) {
        return args -> System.out.printf("%nAdmin console: http://localhost:8080/admin  (login %s / %s)%n%n",
                security.adminUsername(), security.adminPassword());
    }
}
