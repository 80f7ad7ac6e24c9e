package com.northwind.flagdesk.http;

import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.stereotype.Component;

@Component
public class RequestLoggingInterceptor implements ClientHttpRequestInterceptor {

    private static final Logger log = LoggerFactory.getLogger(RequestLoggingInterceptor.class);

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body,
                                        ClientHttpRequestExecution execution) throws IOException {
        long started = System.nanoTime();
        if (log.isDebugEnabled()) {
            log.debug("--> {} {} headers={}", request.getMethod(), request.getURI(), request.getHeaders());
        }
        ClientHttpResponse response = execution.execute(request, body);
        long tookMs = (System.nanoTime() - started) / 1_000_000;
        log.debug("<-- {} {} ({} ms)", response.getStatusCode().value(), request.getURI(), tookMs);
        return response;
    }
}
