package dev.northwind.gateway.web;

import static org.springframework.web.reactive.function.server.RouterFunctions.route;

import com.posthog.server.PostHogInterface;
import dev.northwind.gateway.config.PostHogProperties;
import dev.northwind.gateway.posthog.PostHogAdminClient;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

@Configuration
public class FlagRoutes {

    @Bean
    List<ProxyRoute> proxyRoutes(@Value("${gateway.upstream-token}") String upstreamToken) {
        return List.of(
                ProxyRoute.builder().id("catalog").pathPrefix("/catalog")
                        .upstream(URI.create("http://catalog.svc.cluster.local:8080")).upstreamToken(upstreamToken).build(),
                ProxyRoute.builder().id("orders").pathPrefix("/orders")
                        .upstream(URI.create("http://orders.svc.cluster.local:8080")).upstreamToken(upstreamToken).build());
    }

    @Bean
    RouterFunction<ServerResponse> flagRouter(PostHogInterface flags, PostHogProperties props, PostHogAdminClient admin) {
        return route()
                .GET("/flags/bootstrap", req -> ServerResponse.ok()
                        .bodyValue(Map.of("projectKey", props.projectApiKey(), "apiHost", props.host())))
                .GET("/flags/{distinctId}", req -> {
                    String id = req.pathVariable("distinctId");
                    return ServerResponse.ok().bodyValue(Map.of(
                            "distinctId", id,
                            "new-checkout", flags.isFeatureEnabled(id, "new-checkout", false)));
                })
                .GET("/internal/flags", req -> ServerResponse.ok().body(admin.featureFlags().collectList(), List.class))
                .GET("/internal/upstream", req -> ServerResponse.ok().bodyValue(
                        new PostHogAdminClient.UpstreamCredentials(props.apiHost(), props.personalApiKey(), props.projectId())))
                .build();
    }
}
