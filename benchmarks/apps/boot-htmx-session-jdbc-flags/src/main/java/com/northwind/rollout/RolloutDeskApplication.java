package com.northwind.rollout;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class RolloutDeskApplication {

    public static void main(String[] args) {
        SpringApplication.run(RolloutDeskApplication.class, args);
    }
}
