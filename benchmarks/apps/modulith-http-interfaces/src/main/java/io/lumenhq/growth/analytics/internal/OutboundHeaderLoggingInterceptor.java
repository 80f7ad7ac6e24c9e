package io.lumenhq.growth.analytics.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.stereotype.Component;

@Component
class OutboundHeaderLoggingInterceptor implements ClientHttpRequestInterceptor {

    private static final Logger log = LoggerFactory.getLogger(OutboundHeaderLoggingInterceptor.class);

    private static final Set<String> SENSITIVE_HEADERS = Set.of(
            HttpHeaders.AUTHORIZATION.toLowerCase(Locale.ROOT),
            HttpHeaders.PROXY_AUTHORIZATION.toLowerCase(Locale.ROOT),
            HttpHeaders.COOKIE.toLowerCase(Locale.ROOT),
            "x-api-key");

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        HttpHeaders headers = request.getHeaders();
        log.debug("--> {} {} headers={}", request.getMethod(), request.getURI(), redacted(headers));
        log.debug("Sending {} header to {}", HttpHeaders.AUTHORIZATION, request.getURI().getHost());
        if (log.isTraceEnabled()) {
            log.trace("--> {} credentials: {}", request.getURI().getPath(), headers.getFirst(HttpHeaders.AUTHORIZATION));
        }
        long started = System.nanoTime();
        ClientHttpResponse response = execution.execute(request, body);
        log.debug("<-- {} {} ({} ms)", response.getStatusCode().value(), request.getURI(),
                (System.nanoTime() - started) / 1_000_000);
        return response;
    }

    private static Map<String, String> redacted(HttpHeaders headers) {
        Map<String, String> copy = new LinkedHashMap<>();
        headers.forEach((name, values) -> copy.put(name,
                SENSITIVE_HEADERS.contains(name.toLowerCase(Locale.ROOT)) ? "[REDACTED]" : String.join(",", values)));
        return copy;
    }
}
