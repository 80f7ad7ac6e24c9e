package com.northwind.qa.flags.stub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Entry point of the local flag-service stub ({@code docker compose up flag-service-stub}).
 */
@SpringBootApplication
public class FlagServiceStubApplication {

    public static void main(String[] args) {
        SpringApplication.run(FlagServiceStubApplication.class, args);
    }
}
