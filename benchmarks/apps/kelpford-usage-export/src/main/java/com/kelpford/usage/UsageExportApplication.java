package com.kelpford.usage;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
@ConfigurationPropertiesScan
public class UsageExportApplication {

    public static void main(String[] args) {
        System.exit(SpringApplication.exit(SpringApplication.run(UsageExportApplication.class, args)));
    }
}
