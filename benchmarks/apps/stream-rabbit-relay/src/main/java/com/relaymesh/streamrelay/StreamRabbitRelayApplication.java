package com.relaymesh.streamrelay;

import com.relaymesh.streamrelay.config.PostHogProperties;
import com.relaymesh.streamrelay.config.RelayProperties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
@EnableConfigurationProperties({PostHogProperties.class, RelayProperties.class})
public class StreamRabbitRelayApplication {

    public static void main(String[] args) {
        SpringApplication.run(StreamRabbitRelayApplication.class, args);
    }

    @Bean
    ApplicationListener<ApplicationReadyEvent> readyBanner(RelayProperties relay) {
        return event -> {
            RelayProperties.Upstream upstream = relay.getUpstream();
            String brokerUri = "amqp://" + upstream.getUsername() + ":" + upstream.getPassword() + "@" + upstream.getHost();
            System.out.println("stream-rabbit-relay ready, upstream broker " + brokerUri);
            System.out.println("admin token mode: " + relay.getAdmin().getTokenMode());
        };
    }
}
