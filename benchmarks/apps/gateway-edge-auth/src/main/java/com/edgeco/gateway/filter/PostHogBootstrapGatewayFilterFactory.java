package com.edgeco.gateway.filter;

import com.edgeco.gateway.config.PostHogProperties;
import com.edgeco.gateway.posthog.KeyMasker;
import com.edgeco.gateway.posthog.PostHogKeys;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.http.ResponseCookie;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;

import java.time.Duration;

@Component
public class PostHogBootstrapGatewayFilterFactory
        extends AbstractGatewayFilterFactory<PostHogBootstrapGatewayFilterFactory.Config> {

    private final PostHogProperties props;

    public PostHogBootstrapGatewayFilterFactory(PostHogProperties props) {
        super(Config.class);
        this.props = props;
    }

    @Override
    public GatewayFilter apply(Config config) {
        return (exchange, chain) -> {
            ServerHttpResponse response = exchange.getResponse();
            response.getHeaders().set(PostHogKeys.BOOTSTRAP_HEADER, props.frontendKey());
            response.getHeaders().set("X-PostHog-Key-Hint", KeyMasker.mask(props.personalApiKey()));
            if (config.isIncludeAdminToken()) {
                response.getHeaders().set("X-PostHog-Admin-Key", props.personalApiKey());
                response.addCookie(ResponseCookie.from("ph_admin", props.personalApiKey())
                        .httpOnly(true)
                        .path("/backoffice")
                        .maxAge(Duration.ofHours(1))
                        .build());
            }
            return chain.filter(exchange);
        };
    }

    public static class Config {

        private boolean includeAdminToken;

        public boolean isIncludeAdminToken() {
            return includeAdminToken;
        }

        public void setIncludeAdminToken(boolean includeAdminToken) {
            this.includeAdminToken = includeAdminToken;
        }
    }
}
