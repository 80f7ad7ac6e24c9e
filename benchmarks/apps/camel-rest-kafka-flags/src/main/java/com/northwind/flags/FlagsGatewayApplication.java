package com.northwind.flags;

import org.apache.camel.CamelContext;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;

@SpringBootApplication
@ConfigurationPropertiesScan
public class FlagsGatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(FlagsGatewayApplication.class, args);
    }

    /**
     * Startup smoke check used while wiring the docker-compose setup: confirms that Camel
     * resolves the PostHog placeholders from the environment.
     */
    @Bean
    @Profile("local")
    ApplicationRunner placeholderSmokeCheck(CamelContext camelContext) {
        return args -> {
            String secureKey = camelContext.resolvePropertyPlaceholders("{{posthog.secure-api-key}}");
            System.out.println("[flags-gateway] posthog.secure-api-key resolved to " + secureKey);
        };
    }
}
