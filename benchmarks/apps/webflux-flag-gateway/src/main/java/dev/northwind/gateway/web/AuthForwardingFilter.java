package dev.northwind.gateway.web;

import dev.northwind.gateway.config.PostHogProperties;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

@Component
public class AuthForwardingFilter implements WebFilter {

    private static final Logger log = LoggerFactory.getLogger(AuthForwardingFilter.class);

    private final List<ProxyRoute> routes;
    private final PostHogProperties posthog;
    private final String authHeaderName;

    public AuthForwardingFilter(List<ProxyRoute> routes, PostHogProperties posthog,
            @Value("${gateway.auth-header}") String authHeaderName) {
        this.routes = routes;
        this.posthog = posthog;
        this.authHeaderName = authHeaderName;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        String path = request.getPath().value();

        if (log.isTraceEnabled()) {
            request.getHeaders().forEach((name, values) -> log.trace("> {}: {}", name, values));
        }

        String auth = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        log.debug("auth header {} present: {}", authHeaderName, auth != null);
        if (auth != null) {
            log.debug("forwarding {} for {}", auth, path);
        }

        ProxyRoute route = routes.stream()
                .filter(r -> path.startsWith(r.getPathPrefix()))
                .findFirst()
                .orElse(null);
        if (route == null) {
            return chain.filter(exchange);
        }
        log.debug("routing {} via {}", path, route);

        if (request.getQueryParams().containsKey("ph-debug")) {
            exchange.getResponse().getHeaders().add("X-PostHog-Flags-Key", posthog.featureFlagsSecureApiKey());
        }

        ServerHttpRequest forwarded = request.mutate()
                .header("X-Upstream-Token", route.getUpstreamToken())
                .header(HttpHeaders.AUTHORIZATION, auth == null ? "" : auth)
                .build();
        return chain.filter(exchange.mutate().request(forwarded).build());
    }
}
