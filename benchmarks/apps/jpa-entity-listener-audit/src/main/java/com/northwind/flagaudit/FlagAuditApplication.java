package com.northwind.flagaudit;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class FlagAuditApplication {

    public static void main(String[] args) {
        SpringApplication.run(FlagAuditApplication.class, args);
    }
}
