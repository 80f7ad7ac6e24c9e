package com.acme.flaggateway.events;

import java.net.URI;
import java.time.Instant;

import org.springframework.http.HttpHeaders;

/**
 * Published after the local-evaluation definitions were reloaded from PostHog.
 * Carries the request that was made so slow or failing reloads can be diagnosed later.
 */
public record FlagDefinitionsRefreshedEvent(
        URI endpoint,
        HttpHeaders requestHeaders,
        int flagCount,
        String etag,
        long version,
        Instant refreshedAt) {
}
