package com.northwind.flaggateway.client;

import com.northwind.flaggateway.config.PostHogDefaults;
import com.northwind.flaggateway.config.PostHogSettings;
import com.northwind.flaggateway.util.KeyMasker;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.ClientFilterChain;
import io.micronaut.http.filter.HttpClientFilter;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Filter(serviceId = "posthog")
public class PostHogAuthFilter implements HttpClientFilter {

    private static final Logger LOG = LoggerFactory.getLogger(PostHogAuthFilter.class);

    private final PostHogSettings settings;

    public PostHogAuthFilter(PostHogSettings settings) {
        this.settings = settings;
    }

    @Override
    public Publisher<? extends HttpResponse<?>> doFilter(MutableHttpRequest<?> request, ClientFilterChain chain) {
        String key = settings.hasPersonalApiKey()
                ? settings.getPersonalApiKey()
                : PostHogDefaults.SERVICE_ACCOUNT_KEY;
        request.bearerAuth(key);
        LOG.debug("PostHog API {} {} headers={}", request.getMethod(), request.getUri(),
                KeyMasker.redactHeaders(request.getHeaders()));
        return Publishers.map(chain.proceed(request), response -> {
            if (response.getStatus().getCode() >= 400) {
                LOG.warn("PostHog API {} returned {} (authorization: {})", request.getUri(), response.getStatus(),
                        request.getHeaders().getAuthorization().orElse("none"));
            }
            return response;
        });
    }
}
