package com.northwind.flags;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@EnableProcessApplication
@ConfigurationPropertiesScan
public class FlagRolloutApplication {

    public static void main(String[] args) {
        SpringApplication.run(FlagRolloutApplication.class, args);
    }
}
