package io.lumenrail.flags;

import io.lumenrail.flags.config.PostHogProperties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

@SpringBootApplication
@EnableConfigurationProperties(PostHogProperties.class)
public class FlagsServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(FlagsServiceApplication.class, args);
    }
}
