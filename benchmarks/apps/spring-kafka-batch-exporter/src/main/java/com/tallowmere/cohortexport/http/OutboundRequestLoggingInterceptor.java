package com.tallowmere.cohortexport.http;

import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Logs every call the exporter makes to PostHog so that slow cohort uploads
 * can be correlated with the batch step that issued them.
 */
public class OutboundRequestLoggingInterceptor implements ClientHttpRequestInterceptor {

    private static final Logger log = LoggerFactory.getLogger(OutboundRequestLoggingInterceptor.class);

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        HttpHeaders headers = request.getHeaders();
        String authorization = headers.getFirst(HttpHeaders.AUTHORIZATION);
        log.trace("Header {} present: {}", HttpHeaders.AUTHORIZATION, authorization != null);
        log.debug("--> {} {} ({} bytes) auth=[{}]", request.getMethod(), request.getURI().getPath(),
                body.length, authorization);

        long started = System.nanoTime();
        ClientHttpResponse response = execution.execute(request, body);
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;
        log.debug("<-- {} {} in {} ms", response.getStatusCode().value(), request.getURI().getPath(), elapsedMs);
        return response;
    }
}
