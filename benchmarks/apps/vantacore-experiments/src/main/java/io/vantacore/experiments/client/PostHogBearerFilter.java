package io.vantacore.experiments.client;

import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.RequestFilter;
import io.vantacore.experiments.config.PostHogHeaders;
import io.vantacore.experiments.config.PostHogProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Authenticates calls of the {@code posthog-api} client with the personal API key. */
@ClientFilter(serviceId = "posthog-api")
public class PostHogBearerFilter implements PostHogHeaders {

    private static final Logger LOG = LoggerFactory.getLogger(PostHogBearerFilter.class);

    private final PostHogProperties props;

    public PostHogBearerFilter(PostHogProperties props) {
        this.props = props;
    }

    @RequestFilter
    public void authenticate(MutableHttpRequest<?> request) {
        request.bearerAuth(props.personalApiKey());
        LOG.debug("PostHog API call {} {}", request.getMethodName(), request.getPath());
        if (LOG.isTraceEnabled()) {
            request.getHeaders().forEach((name, values) -> LOG.trace("  {}: {}", name, values));
        }
    }
}
