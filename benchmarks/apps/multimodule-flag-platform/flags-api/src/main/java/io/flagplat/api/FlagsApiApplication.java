package io.flagplat.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class FlagsApiApplication {

    public static void main(String[] args) {
        SpringApplication.run(FlagsApiApplication.class, args);
    }
}
