package com.northwind.flagops;

import org.slf4j.bridge.SLF4JBridgeHandler;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.shell.command.CommandExceptionResolver;
import org.springframework.shell.command.CommandHandlingResult;
import org.springframework.shell.command.annotation.CommandScan;
import org.springframework.web.reactive.function.client.WebClientResponseException;

@SpringBootApplication
@CommandScan
@ConfigurationPropertiesScan
public class FlagOpsApplication {

    public static void main(String[] args) {
        // Route java.util.logging (used by the API client) into SLF4J/Logback.
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        SpringApplication.run(FlagOpsApplication.class, args);
    }

    @Bean
    CommandExceptionResolver postHogApiErrorResolver() {
        return ex -> {
            if (ex instanceof WebClientResponseException wcre && wcre.getStatusCode().value() == 401) {
                return CommandHandlingResult.of(
                        "PostHog rejected the credentials. Run `auth login` or set POSTHOG_PERSONAL_API_KEY.\n", 2);
            }
            if (ex instanceof WebClientResponseException wcre) {
                return CommandHandlingResult.of("PostHog API error " + wcre.getStatusCode().value() + "\n", 1);
            }
            return null;
        };
    }
}
