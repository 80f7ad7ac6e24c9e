package com.northwind.flaggate;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.data.mongodb.config.EnableMongoAuditing;
import org.springframework.scheduling.annotation.EnableAsync;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableMongoAuditing
@EnableAsync
public class FlagGatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(FlagGatewayApplication.class, args);
    }
}
