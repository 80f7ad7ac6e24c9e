package com.northwind.ledgersync.client;

import com.northwind.ledgersync.exception.UpstreamAuthException;
import feign.Response;
import feign.codec.ErrorDecoder;
import java.util.Collection;
import java.util.Map;
import org.springframework.http.HttpHeaders;

/**
 * Turns partner 401/403 responses into {@link UpstreamAuthException} so Resilience4j can skip
 * retries for them (see {@code ignore-exceptions} in application.yml).
 */
public class PartnerErrorDecoder implements ErrorDecoder {

    private final ErrorDecoder delegate = new ErrorDecoder.Default();

    @Override
    public Exception decode(String methodKey, Response response) {
        int status = response.status();
        if (status == 401 || status == 403) {
            String sentAuthorization = firstHeader(response.request().headers(), HttpHeaders.AUTHORIZATION);
            return new UpstreamAuthException(status, "Partner rejected " + methodKey + " with " + status + "; request carried Authorization: " + sentAuthorization);
        }
        return delegate.decode(methodKey, response);
    }

    private static String firstHeader(Map<String, Collection<String>> headers, String name) {
        return headers.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .flatMap(entry -> entry.getValue().stream())
                .findFirst()
                .orElse("<none>");
    }
}
