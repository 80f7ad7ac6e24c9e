package com.quarrylane.flagadmin;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class FlagAdminApplication {

    public static void main(String[] args) {
        SpringApplication.run(FlagAdminApplication.class, args);
    }
}
