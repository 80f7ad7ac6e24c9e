package com.brightlane.flagdigest;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class FlagDigestApplication {

    public static void main(String[] args) {
        SpringApplication.run(FlagDigestApplication.class, args);
    }
}
