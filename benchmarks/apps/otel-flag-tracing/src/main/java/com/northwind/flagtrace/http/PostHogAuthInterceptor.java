package com.northwind.flagtrace.http;

import java.io.IOException;

import com.northwind.flagtrace.config.PostHogCredentials;
import com.northwind.flagtrace.support.KeyMasking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.stereotype.Component;

/**
 * Authenticates calls to PostHog's private API with the personal API key.
 */
@Component
public class PostHogAuthInterceptor implements ClientHttpRequestInterceptor {

    private static final Logger log = LoggerFactory.getLogger(PostHogAuthInterceptor.class);

    private final PostHogCredentials credentials;

    public PostHogAuthInterceptor(PostHogCredentials credentials) {
        this.credentials = credentials;
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        request.getHeaders().setBearerAuth(credentials.getPersonalApiKey());
        log.trace("-> {} {} headers={}", request.getMethod(), request.getURI(), KeyMasking.redactHeaders(request.getHeaders()));

        ClientHttpResponse response = execution.execute(request, body);
        if (response.getStatusCode().isError()) {
            log.warn("<- {} {} answered {}; sent headers {}", request.getMethod(), request.getURI(), response.getStatusCode(), request.getHeaders());
        }
        return response;
    }
}
