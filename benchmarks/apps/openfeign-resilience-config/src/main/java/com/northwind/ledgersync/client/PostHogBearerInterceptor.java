package com.northwind.ledgersync.client;

import com.northwind.ledgersync.config.PostHogProperties;
import feign.RequestInterceptor;
import feign.RequestTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.util.StringUtils;

/**
 * Authenticates calls to the PostHog private API. Prefers the OAuth app token, falls back to the
 * service's personal API key.
 */
public class PostHogBearerInterceptor implements RequestInterceptor {

    private static final Logger log = LoggerFactory.getLogger(PostHogBearerInterceptor.class);

    private final PostHogProperties properties;
    private final String oauthAccessToken;

    public PostHogBearerInterceptor(PostHogProperties properties, String oauthAccessToken) {
        this.properties = properties;
        this.oauthAccessToken = oauthAccessToken;
    }

    @Override
    public void apply(RequestTemplate template) {
        if (template.path().startsWith("/capture")) {
            // ingestion authenticates with the project key in the body
            return;
        }
        String token = StringUtils.hasText(oauthAccessToken) ? oauthAccessToken : properties.personalApiKey();
        template.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        log.debug("PostHog API {} {} authorized with Bearer {}", template.method(), template.path(), token);
    }
}
