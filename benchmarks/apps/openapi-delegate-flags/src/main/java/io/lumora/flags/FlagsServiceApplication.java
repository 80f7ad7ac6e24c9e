package io.lumora.flags;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class FlagsServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(FlagsServiceApplication.class, args);
    }
}
