package com.fabrikam.flags;

import com.fabrikam.flags.config.PostHogProperties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

@SpringBootApplication
@EnableConfigurationProperties(PostHogProperties.class)
public class FlagServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(FlagServiceApplication.class, args);
    }
}
