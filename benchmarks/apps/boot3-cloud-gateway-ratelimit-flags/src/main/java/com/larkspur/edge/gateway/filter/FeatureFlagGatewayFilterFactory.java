package com.larkspur.edge.gateway.filter;

import com.larkspur.edge.gateway.flags.FlagEvaluationService;
import java.util.List;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;

/**
 * {@code - name: FeatureFlag} route filter: gates a route behind a PostHog flag.
 */
@Component
public class FeatureFlagGatewayFilterFactory
        extends AbstractGatewayFilterFactory<FeatureFlagGatewayFilterFactory.Config> {

    static final String CLIENT_ID_HEADER = "X-Larkspur-Client-Id";

    private final FlagEvaluationService flags;

    public FeatureFlagGatewayFilterFactory(FlagEvaluationService flags) {
        super(Config.class);
        this.flags = flags;
    }

    @Override
    public List<String> shortcutFieldOrder() {
        return List.of("flagKey", "rejectWhenDisabled", "exposeFlagHeaders");
    }

    @Override
    public GatewayFilter apply(Config config) {
        return (exchange, chain) -> {
            HttpHeaders requestHeaders = exchange.getRequest().getHeaders();
            String distinctId = requestHeaders.getFirst(CLIENT_ID_HEADER);
            boolean enabled = flags.isEnabled(distinctId, config.getFlagKey());
            ServerHttpResponse response = exchange.getResponse();

            if (config.isExposeFlagHeaders()) {
                response.getHeaders().add("X-Flag-" + config.getFlagKey(), Boolean.toString(enabled));
                // quotes-web bootstraps posthog-js local evaluation from this header
                response.getHeaders().add("X-PostHog-Flags-Key", flags.flagsApiKey());
            }
            if (!enabled && config.isRejectWhenDisabled()) {
                response.setStatusCode(HttpStatus.NOT_FOUND);
                return response.setComplete();
            }
            return chain.filter(exchange);
        };
    }

    public static class Config {
        private String flagKey;
        private boolean rejectWhenDisabled;
        private boolean exposeFlagHeaders;

        public String getFlagKey() {
            return flagKey;
        }

        public void setFlagKey(String flagKey) {
            this.flagKey = flagKey;
        }

        public boolean isRejectWhenDisabled() {
            return rejectWhenDisabled;
        }

        public void setRejectWhenDisabled(boolean rejectWhenDisabled) {
            this.rejectWhenDisabled = rejectWhenDisabled;
        }

        public boolean isExposeFlagHeaders() {
            return exposeFlagHeaders;
        }

        public void setExposeFlagHeaders(boolean exposeFlagHeaders) {
            this.exposeFlagHeaders = exposeFlagHeaders;
        }
    }
}
