package com.harbourline.flagrelay;

import com.harbourline.flagrelay.config.PostHogProperties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.retry.annotation.EnableRetry;

@SpringBootApplication
@EnableRetry
@EnableFeignClients
@EnableConfigurationProperties(PostHogProperties.class)
public class FlagRelayApplication {

    public static void main(String[] args) {
        SpringApplication.run(FlagRelayApplication.class, args);
    }
}
