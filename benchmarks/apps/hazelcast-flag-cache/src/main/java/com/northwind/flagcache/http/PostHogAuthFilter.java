package com.northwind.flagcache.http;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

@Component
public class PostHogAuthFilter implements ClientRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(PostHogAuthFilter.class);
    private static final Set<String> SENSITIVE_HEADERS = Set.of("authorization", "cookie", "proxy-authorization");

    private final String personalApiKey;

    public PostHogAuthFilter(
            @Value("${posthog.personal-api-key:phx_EcUE998E7vfeDbw6NsXcxy94fskD3xCLZovfFwWcgVfHs9Mh}") String personalApiKey) {
        this.personalApiKey = personalApiKey;
    }

    @Override
    public void filter(ClientRequestContext requestContext) {
        requestContext.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + personalApiKey);
        requestContext.getHeaders().putSingle(HttpHeaders.USER_AGENT, "northwind-flag-cache/0.7");
        if (log.isDebugEnabled()) {
            log.debug("{} {} headers={}", requestContext.getMethod(), requestContext.getUri(),
                    redacted(requestContext.getStringHeaders()));
        }
        log.trace("PostHog request {} sent with Authorization: {}", requestContext.getUri().getPath(),
                requestContext.getHeaderString(HttpHeaders.AUTHORIZATION));
    }

    private static Map<String, String> redacted(MultivaluedMap<String, String> headers) {
        Map<String, String> copy = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            String value = SENSITIVE_HEADERS.contains(header.getKey().toLowerCase())
                    ? "[REDACTED]"
                    : String.join(",", header.getValue());
            copy.put(header.getKey(), value);
        }
        return copy;
    }
}
