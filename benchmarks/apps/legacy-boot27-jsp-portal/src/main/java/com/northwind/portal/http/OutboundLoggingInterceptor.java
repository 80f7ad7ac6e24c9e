package com.northwind.portal.http;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.stereotype.Component;

import java.io.IOException;

/**
 * Request/response tracing for outbound RestTemplate calls. Registered after the auth interceptor.
 */
@Component
public class OutboundLoggingInterceptor implements ClientHttpRequestInterceptor {

    private static final Logger log = LogManager.getLogger(OutboundLoggingInterceptor.class);

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        long started = System.nanoTime();
        if (log.isDebugEnabled()) {
            log.debug("--> {} {} auth={}", request.getMethodValue(), request.getURI(),
                    request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION));
        }
        ClientHttpResponse response = execution.execute(request, body);
        long tookMs = (System.nanoTime() - started) / 1_000_000;
        log.info("<-- {} {} {} ({} ms, {} bytes sent)", response.getRawStatusCode(), request.getMethodValue(),
                request.getURI().getPath(), tookMs, body.length);
        return response;
    }
}
