package com.northwind.flagtrace;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class FlagTracingApplication {

    public static void main(String[] args) {
        SpringApplication.run(FlagTracingApplication.class, args);
    }
}
