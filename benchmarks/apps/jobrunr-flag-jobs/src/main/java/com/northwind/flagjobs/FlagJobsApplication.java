package com.northwind.flagjobs;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class FlagJobsApplication {

    public static void main(String[] args) {
        SpringApplication.run(FlagJobsApplication.class, args);
    }
}
