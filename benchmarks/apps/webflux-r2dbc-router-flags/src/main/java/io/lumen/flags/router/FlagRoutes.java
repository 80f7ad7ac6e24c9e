package io.lumen.flags.router;

import static org.springframework.web.reactive.function.server.RequestPredicates.accept;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

import io.lumen.flags.handler.AdminHandler;
import io.lumen.flags.handler.FlagHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

@Configuration
public class FlagRoutes {

    @Bean
    public RouterFunction<ServerResponse> flagRouter(FlagHandler flags) {
        return route()
                .GET("/api/flags/bootstrap", flags::bootstrap)
                .GET("/api/flags/status", flags::status)
                .POST("/api/flags/expressions/validate", flags::validateExpression)
                .GET("/api/flags/{key}", accept(MediaType.APPLICATION_JSON), flags::evaluate)
                .GET("/internal/flags/diagnostics", flags::diagnostics)
                .build();
    }

    @Bean
    public RouterFunction<ServerResponse> adminRouter(AdminHandler admin) {
        return route()
                .path("/admin", builder -> builder
                        .GET("/settings", admin::settings)
                        .POST("/flags-cookie", admin::issueFlagsCookie)
                        .GET("/dashboards/{id}/embed", admin::embedDashboard)
                        .GET("/flag-definitions", admin::flagDefinitions)
                        .POST("/credentials/{name}/rotate", admin::rotateCredential))
                .filter(admin::requireAdminKey)
                .build();
    }
}
