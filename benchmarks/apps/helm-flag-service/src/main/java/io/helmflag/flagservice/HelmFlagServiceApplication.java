package io.helmflag.flagservice;

import io.helmflag.flagservice.config.PostHogProperties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
@EnableConfigurationProperties(PostHogProperties.class)
public class HelmFlagServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(HelmFlagServiceApplication.class, args);
    }
}
