package com.northwind.flagrelay;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.integration.config.EnableIntegration;

@SpringBootApplication
@EnableIntegration
@ConfigurationPropertiesScan
public class FlagRelayApplication {

    public static void main(String[] args) {
        SpringApplication.run(FlagRelayApplication.class, args);
    }
}
