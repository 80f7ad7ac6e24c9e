package com.northwind.flagrouter;

import com.northwind.flagrouter.config.PostHogProperties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.retry.annotation.EnableRetry;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableRetry
@EnableScheduling
@EnableConfigurationProperties(PostHogProperties.class)
public class FlagRouterApplication {

    public static void main(String[] args) {
        SpringApplication.run(FlagRouterApplication.class, args);
    }
}
