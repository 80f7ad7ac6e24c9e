package io.quillmark.edge.gateway;

import io.quillmark.edge.config.PostHogProperties;
import io.quillmark.edge.flags.FeatureFlagService;
import io.quillmark.edge.support.PostHogConstants;
import java.util.Optional;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * Routes only when a PostHog flag is on for the caller; otherwise answers 404.
 */
@Component
public class FlagGateGatewayFilterFactory extends AbstractGatewayFilterFactory<FlagGateGatewayFilterFactory.Config> {

    private static final Logger log = LogManager.getLogger(FlagGateGatewayFilterFactory.class);

    private final FeatureFlagService flags;
    private final PostHogProperties props;

    public FlagGateGatewayFilterFactory(FeatureFlagService flags, PostHogProperties props) {
        super(Config.class);
        this.flags = flags;
        this.props = props;
    }

    @Override
    public GatewayFilter apply(Config config) {
        return (exchange, chain) -> {
            String distinctId = Optional
                    .ofNullable(exchange.getRequest().getHeaders().getFirst(PostHogConstants.DISTINCT_ID_HEADER))
                    .orElse("anonymous");
            return flags.isEnabled(config.flagKey(), distinctId)
                    .flatMap(enabled -> {
                        if (!enabled) {
                            log.debug("flag {} off for {}, hiding route", config.flagKey(), distinctId);
                            exchange.getResponse().setStatusCode(HttpStatus.NOT_FOUND);
                            return exchange.getResponse().setComplete();
                        }
                        if (config.bootstrapClient()) {
                            // checkout SPA evaluates its sub-flags in the browser without a round trip
                            exchange.getResponse().addCookie(ResponseCookie.from(PostHogConstants.FLAGS_KEY_COOKIE, props.featureFlagsSecureApiKey()).path("/checkout").build());
                        }
                        return chain.filter(exchange);
                    });
        };
    }

    public record Config(String flagKey, boolean bootstrapClient) {
    }
}
