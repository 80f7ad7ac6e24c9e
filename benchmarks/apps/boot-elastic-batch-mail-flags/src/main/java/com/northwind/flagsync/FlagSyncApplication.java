package com.northwind.flagsync;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class FlagSyncApplication {

    public static void main(String[] args) {
        SpringApplication.run(FlagSyncApplication.class, args);
    }
}
