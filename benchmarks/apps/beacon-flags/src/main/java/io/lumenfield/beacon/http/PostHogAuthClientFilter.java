package io.lumenfield.beacon.http;

import io.lumenfield.beacon.config.PostHogSettings;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.ClientFilterChain;
import io.micronaut.http.filter.HttpClientFilter;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authenticates calls of the declarative {@code posthog-api} client with the personal API key.
 */
@Filter(serviceId = "posthog-api")
public class PostHogAuthClientFilter implements HttpClientFilter {

    private static final Logger LOG = LoggerFactory.getLogger(PostHogAuthClientFilter.class);

    private final PostHogSettings settings;

    public PostHogAuthClientFilter(PostHogSettings settings) {
        this.settings = settings;
    }

    @Override
    public Publisher<? extends HttpResponse<?>> doFilter(MutableHttpRequest<?> request, ClientFilterChain chain) {
        request.bearerAuth(settings.getPersonalApiKey());
        if (LOG.isDebugEnabled()) {
            LOG.debug("-> PostHog {} {} {}", request.getMethod(), request.getUri(), request.getHeaders().asMap());
        }
        return chain.proceed(request);
    }
}
