package com.gullwing.insights.web;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RequestPredicates.accept;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

@Configuration
public class FlagRoutes {

  @Bean
  public RouterFunction<ServerResponse> flagRouter(FlagHandler handler) {
    return RouterFunctions.route()
        .path("/api", builder -> builder
            .GET("/bootstrap", handler::bootstrap)
            .GET("/flags", accept(MediaType.APPLICATION_JSON), handler::flags)
            .GET("/flags/definitions", handler::definitions)
            .GET("/admin/posthog", handler::adminConfig)
            .GET("/admin/posthog/raw", handler::supportConfig))
        .route(GET("/healthz"), req -> ServerResponse.ok().bodyValue("ok"))
        .build();
  }
}
