package com.quillfern.flagdesk.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

@Configuration
public class FlagRouter {

    @Bean
    public RouterFunction<ServerResponse> flagRoutes(FlagHandler flags, AdminHandler admin) {
        return RouterFunctions.route()
                .path("/api", api -> api
                        .GET("/flags/{flagKey}", flags::evaluate)
                        .GET("/client-config", flags::clientConfig)
                        .GET("/bootstrap", flags::bootstrap)
                        .POST("/overrides", flags::createOverride))
                .path("/admin", adm -> adm
                        .GET("/posthog", admin::posthogStatus)
                        .GET("/diagnostics", admin::diagnostics)
                        .POST("/flag-sync", admin::triggerSync))
                .build();
    }
}
