package com.northwind.flagboard;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class FlagboardApplication {

    public static void main(String[] args) {
        SpringApplication.run(FlagboardApplication.class, args);
    }
}
