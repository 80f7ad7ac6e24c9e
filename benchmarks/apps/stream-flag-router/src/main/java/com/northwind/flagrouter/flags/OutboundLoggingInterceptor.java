package com.northwind.flagrouter.flags;

import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/** Traces calls to PostHog's private API; the router's only outbound HTTP. */
public class OutboundLoggingInterceptor implements ClientHttpRequestInterceptor {

    private static final Logger log = LoggerFactory.getLogger(OutboundLoggingInterceptor.class);

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        long started = System.nanoTime();
        log.debug("-> {} {} headers={}", request.getMethod(), request.getURI(), request.getHeaders());
        ClientHttpResponse response = execution.execute(request, body);
        log.debug("<- {} {} in {} ms", response.getStatusCode().value(), request.getURI(),
                (System.nanoTime() - started) / 1_000_000);
        return response;
    }
}
