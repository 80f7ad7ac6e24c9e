package io.northwind.flagbridge.posthog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Wire-level tracing for calls to PostHog's OAuth endpoints. Enable with
 * {@code logging.level.io.northwind.flagbridge.posthog.OutboundRequestLogger=DEBUG}.
 */
public class OutboundRequestLogger implements ClientHttpRequestInterceptor {

    private static final Logger log = LoggerFactory.getLogger(OutboundRequestLogger.class);

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        long started = System.nanoTime();
        if (log.isDebugEnabled()) {
            String payload = new String(body, StandardCharsets.UTF_8);
            log.debug("--> {} {} ({} bytes) {}", request.getMethod(), request.getURI(), body.length, payload);
        }
        ClientHttpResponse response = execution.execute(request, body);
        log.debug("<-- {} {} in {} ms", response.getStatusCode(), request.getURI(),
                (System.nanoTime() - started) / 1_000_000);
        return response;
    }
}
