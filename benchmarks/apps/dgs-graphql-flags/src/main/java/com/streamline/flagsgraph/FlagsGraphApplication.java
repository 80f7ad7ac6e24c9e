package com.streamline.flagsgraph;

import com.streamline.flagsgraph.config.PostHogProperties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

@SpringBootApplication
@EnableConfigurationProperties(PostHogProperties.class)
public class FlagsGraphApplication {

    public static void main(String[] args) {
        SpringApplication.run(FlagsGraphApplication.class, args);
    }
}
