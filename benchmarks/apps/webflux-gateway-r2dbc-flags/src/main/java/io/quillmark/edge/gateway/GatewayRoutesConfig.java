package io.quillmark.edge.gateway;

import io.quillmark.edge.web.FlagAdminHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

@Configuration
public class GatewayRoutesConfig {

    @Bean
    public RouteLocator edgeRoutes(RouteLocatorBuilder routes,
                                   FlagGateGatewayFilterFactory flagGate,
                                   @Value("${edge.upstream.checkout}") String checkoutUri,
                                   @Value("${edge.upstream.catalog}") String catalogUri) {
        return routes.routes()
                .route("checkout-v2", r -> r.path("/checkout/v2/**")
                        .filters(f -> f.stripPrefix(2)
                                .filter(flagGate.apply(new FlagGateGatewayFilterFactory.Config("checkout-v2", true))))
                        .uri(checkoutUri))
                .route("catalog-search", r -> r.path("/catalog/search/**")
                        .filters(f -> f.filter(flagGate.apply(new FlagGateGatewayFilterFactory.Config("semantic-search", false))))
                        .uri(catalogUri))
                .route("catalog", r -> r.path("/catalog/**")
                        .uri(catalogUri))
                .build();
    }

    @Bean
    public RouterFunction<ServerResponse> flagAdminRoutes(FlagAdminHandler handler) {
        return RouterFunctions.route()
                .GET("/admin/flags", handler::listFlags)
                .POST("/admin/flags/refresh", handler::refresh)
                .GET("/admin/flags/sdk-settings", handler::sdkSettings)
                .build();
    }
}
