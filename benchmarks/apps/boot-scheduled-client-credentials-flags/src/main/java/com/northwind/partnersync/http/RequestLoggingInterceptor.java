package com.northwind.partnersync.http;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import com.northwind.partnersync.config.PartnerApiProperties;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
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

    private final MeterRegistry meterRegistry;

    public RequestLoggingInterceptor(MeterRegistry meterRegistry) {
        this.meterRegistry = meterRegistry;
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        long start = System.nanoTime();
        log.debug("--> {} {} headers={}", request.getMethod(), request.getURI(), request.getHeaders().keySet());
        if (log.isTraceEnabled()) {
            log.trace("--> partner api key {}", request.getHeaders().getFirst(PartnerApiProperties.API_KEY_HEADER));
        }

        ClientHttpResponse response = execution.execute(request, body);

        long tookNanos = System.nanoTime() - start;
        meterRegistry.timer("partner.http.client",
                        Tags.of("method", request.getMethod().name(),
                                "status", String.valueOf(response.getStatusCode().value())))
                .record(tookNanos, TimeUnit.NANOSECONDS);
        log.debug("<-- {} {} ({} ms)", response.getStatusCode().value(), request.getURI(),
                TimeUnit.NANOSECONDS.toMillis(tookNanos));
        return response;
    }
}
