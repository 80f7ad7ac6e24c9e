package com.northwind.spaconfig;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SpaConfigApplication {

    public static void main(String[] args) {
        SpringApplication.run(SpaConfigApplication.class, args);
    }
}
