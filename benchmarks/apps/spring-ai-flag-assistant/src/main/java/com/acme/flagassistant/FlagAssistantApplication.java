package com.acme.flagassistant;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class FlagAssistantApplication {

    public static void main(String[] args) {
        SpringApplication.run(FlagAssistantApplication.class, args);
    }
}
