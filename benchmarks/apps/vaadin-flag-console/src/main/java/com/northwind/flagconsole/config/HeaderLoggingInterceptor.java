package com.northwind.flagconsole.config;

import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Times every call to the PostHog API so slow project listings show up in the logs.
 */
public class HeaderLoggingInterceptor implements ClientHttpRequestInterceptor {

    private static final Logger log = LoggerFactory.getLogger(HeaderLoggingInterceptor.class);

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        long start = System.nanoTime();
        log.debug("PostHog API -> {} {} headers={}", request.getMethod(), request.getURI(), request.getHeaders());
        ClientHttpResponse response = execution.execute(request, body);
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        log.debug("PostHog API <- {} in {} ms (sent headers: {})",
                response.getStatusCode().value(), tookMs, request.getHeaders().keySet());
        return response;
    }
}
