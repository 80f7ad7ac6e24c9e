package io.relaybay.flaghub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Fans feature-flag changes out from RabbitMQ to the dashboards' STOMP sessions. */
@SpringBootApplication
@EnableScheduling
@ConfigurationPropertiesScan
public class FlagHubApplication {

    public static void main(String[] args) {
        SpringApplication.run(FlagHubApplication.class, args);
    }
}
