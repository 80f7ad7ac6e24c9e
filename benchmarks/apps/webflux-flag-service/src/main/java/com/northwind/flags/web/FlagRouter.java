package com.northwind.flags.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

import static org.springframework.web.reactive.function.server.RequestPredicates.accept;
import static org.springframework.http.MediaType.APPLICATION_JSON;

/**
 * Functional routes used by the mobile apps (v2 API).
 */
@Configuration
public class FlagRouter {

    @Bean
    public RouterFunction<ServerResponse> mobileFlagRoutes(FlagHandler handler) {
        return RouterFunctions.route()
                .path("/v2", builder -> builder
                        .GET("/flags/{distinctId}", accept(APPLICATION_JSON), handler::flagsForUser)
                        .GET("/flags/definitions", handler::definitions)
                        .GET("/posthog/open", handler::openInPostHog))
                .build();
    }
}
