package com.brightloop.rollout;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class RolloutServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(RolloutServiceApplication.class, args);
    }
}
