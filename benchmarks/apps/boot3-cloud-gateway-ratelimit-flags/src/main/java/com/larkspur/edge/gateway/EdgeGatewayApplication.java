package com.larkspur.edge.gateway;

import com.larkspur.edge.gateway.config.PostHogProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.event.EventListener;

@SpringBootApplication
@ConfigurationPropertiesScan
public class EdgeGatewayApplication {

    private static final Logger log = LoggerFactory.getLogger(EdgeGatewayApplication.class);

    private final PostHogProperties postHogProperties;

    public EdgeGatewayApplication(PostHogProperties postHogProperties) {
        this.postHogProperties = postHogProperties;
    }

    public static void main(String[] args) {
        SpringApplication.run(EdgeGatewayApplication.class, args);
    }

    @EventListener(ApplicationReadyEvent.class)
    public void logEffectiveConfiguration() {
        log.info("Edge gateway ready, analytics settings: {}", postHogProperties);
    }
}
