package io.lumenfold.cohortjobs.client;

import io.lumenfold.cohortjobs.config.PostHogProperties;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.RequestFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Authenticates the declarative {@link PostHogApiClient} with the personal API key. */
@ClientFilter(serviceId = "posthog")
public class PostHogAuthFilter {

    private static final Logger LOG = LoggerFactory.getLogger(PostHogAuthFilter.class);

    private final PostHogProperties properties;

    public PostHogAuthFilter(PostHogProperties properties) {
        this.properties = properties;
    }

    @RequestFilter
    public void authenticate(MutableHttpRequest<?> request) {
        if (!properties.hasPersonalKey()) {
            LOG.warn("No personal API key configured, calling {} anonymously", request.getPath());
            return;
        }
        request.header(HttpHeaders.AUTHORIZATION, "Bearer " + properties.personalApiKey());
        LOG.trace("Signed {} {} with key {}", request.getMethod(), request.getPath(), properties.personalApiKey());
    }
}
