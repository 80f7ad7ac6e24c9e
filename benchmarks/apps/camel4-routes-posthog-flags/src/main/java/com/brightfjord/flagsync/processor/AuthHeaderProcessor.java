package com.brightfjord.flagsync.processor;

import com.brightfjord.flagsync.config.PostHogProperties;
import com.brightfjord.flagsync.support.ApiKeyScope;
import com.brightfjord.flagsync.support.PostHogDefaults;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Puts the right PostHog credential on an outgoing camel-http exchange.
 */
@Component
public class AuthHeaderProcessor implements Processor {

    private static final Logger log = LoggerFactory.getLogger(AuthHeaderProcessor.class);

    private final PostHogProperties properties;

    public AuthHeaderProcessor(PostHogProperties properties) {
        this.properties = properties;
    }

    @Override
    public void process(Exchange exchange) {
        ApiKeyScope apiKey = exchange.getProperty("flagScope", ApiKeyScope.PERSONAL, ApiKeyScope.class);
        String secret = switch (apiKey) {
            case FEATURE_FLAGS_SECURE -> properties.getFeatureFlagsSecureKey();
            case PERSONAL -> PostHogDefaults.personalKeyOrCi(properties.getPersonalApiKey());
            case PROJECT -> throw new IllegalArgumentException("project key is sent as token, not as a bearer");
        };

        exchange.getIn().setHeader(PostHogDefaults.AUTHORIZATION_HEADER, "Bearer " + secret);
        exchange.setProperty(PostHogDefaults.BEARER_TOKEN_PROPERTY, secret);

        log.debug("Using apiKey scope {} for route {} (header {})",
                apiKey, exchange.getFromRouteId(), PostHogDefaults.AUTHORIZATION_HEADER);
        log.debug("Calling PostHog with Authorization: {}",
                exchange.getIn().getHeader(PostHogDefaults.AUTHORIZATION_HEADER));
    }
}
