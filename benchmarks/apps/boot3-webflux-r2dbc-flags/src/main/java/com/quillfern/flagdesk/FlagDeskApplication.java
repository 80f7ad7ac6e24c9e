package com.quillfern.flagdesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class FlagDeskApplication {

    public static void main(String[] args) {
        SpringApplication.run(FlagDeskApplication.class, args);
    }
}
