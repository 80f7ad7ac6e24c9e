package com.acme.flagaudit;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class FlagAuditApplication {

    public static void main(String[] args) {
        SpringApplication.run(FlagAuditApplication.class, args);
    }
}
