package com.northwind.flagassistant;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class FlagAssistantApplication {

    public static void main(String[] args) {
        SpringApplication.run(FlagAssistantApplication.class, args);
    }
}
