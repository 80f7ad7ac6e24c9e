package com.harborline.flaggateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class FlagGatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(FlagGatewayApplication.class, args);
    }
}
