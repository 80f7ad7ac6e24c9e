package com.northwind.flagdesk.http;

import com.northwind.flagdesk.config.PostHogKeys;
import com.northwind.flagdesk.config.PostHogProperties;
import java.io.IOException;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Adds the personal API key as a bearer token to calls against PostHog's private API
 * (feature flag definitions, cohorts). Capture and /flags calls are left untouched.
 */
@Component
public class PostHogAuthInterceptor implements ClientHttpRequestInterceptor {

    private static final Logger log = LoggerFactory.getLogger(PostHogAuthInterceptor.class);

    private final PostHogProperties properties;
    private final String privateApiHost;

    public PostHogAuthInterceptor(PostHogProperties properties) {
        this.properties = properties;
        this.privateApiHost = URI.create(properties.getPrivateApiHost()).getHost();
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body,
                                        ClientHttpRequestExecution execution) throws IOException {
        if (privateApiHost.equalsIgnoreCase(request.getURI().getHost())) {
            request.getHeaders().setBearerAuth(resolvePersonalKey());
        }
        return execution.execute(request, body);
    }

    private String resolvePersonalKey() {
        String configured = properties.getPersonalApiKey();
        if (StringUtils.hasText(configured)) {
            return configured;
        }
        log.warn("{} is not set, falling back to the CI service account", PostHogKeys.PERSONAL_API_KEY_PROPERTY);
        return PostHogKeys.PERSONAL_KEY_PREFIX + PostHogKeys.CI_SERVICE_ACCOUNT_KEY_BODY;
    }
}
