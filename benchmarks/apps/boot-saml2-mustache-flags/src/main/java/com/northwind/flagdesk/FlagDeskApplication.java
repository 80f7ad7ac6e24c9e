package com.northwind.flagdesk;

import com.northwind.flagdesk.config.PostHogProperties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
@EnableConfigurationProperties(PostHogProperties.class)
public class FlagDeskApplication {

    public static void main(String[] args) {
        SpringApplication.run(FlagDeskApplication.class, args);
    }
}
