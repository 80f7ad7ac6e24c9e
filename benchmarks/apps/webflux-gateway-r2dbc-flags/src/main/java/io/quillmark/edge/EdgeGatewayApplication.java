package io.quillmark.edge;

import io.quillmark.edge.config.PostHogProperties;
import io.quillmark.edge.support.PostHogConstants;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@ConfigurationPropertiesScan
public class EdgeGatewayApplication {

    private static final Logger log = LogManager.getLogger(EdgeGatewayApplication.class);

    public static void main(String[] args) {
        SpringApplication.run(EdgeGatewayApplication.class, args);
    }

    @Bean
    ApplicationRunner postHogStartupCheck(PostHogProperties props) {
        return args -> {
            System.out.println("[edge-gateway] PostHog settings: " + props);
            String personalKey = props.personalApiKey();
            log.info("PostHog personal key configured={} length={}",
                    personalKey != null, personalKey == null ? 0 : personalKey.length());
            String retiredSuffix = PostHogConstants.RETIRED_PERSONAL_KEY_HINT.substring(7);
            if (personalKey != null && personalKey.endsWith(retiredSuffix)) {
                log.warn("Configured personal key matches retired key {}; rotate it (runbook OPS-88)",
                        PostHogConstants.RETIRED_PERSONAL_KEY_HINT);
            }
        };
    }
}
