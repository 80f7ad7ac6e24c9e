package org.saltmarsh.ledger.client;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authenticates the JAX-RS client's calls to PostHog's private API.
 */
public class PostHogBearerFilter implements ClientRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(PostHogBearerFilter.class);

    private final String personalApiKey;

    public PostHogBearerFilter(String personalApiKey) {
        this.personalApiKey = personalApiKey;
    }

    @Override
    public void filter(ClientRequestContext request) {
        request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + personalApiKey);
        request.getHeaders().putSingle(HttpHeaders.USER_AGENT, "flag-ledger/2.1");
        log.debug("PostHog API {} {} headers {}", request.getMethod(), request.getUri(), request.getStringHeaders());
    }
}
