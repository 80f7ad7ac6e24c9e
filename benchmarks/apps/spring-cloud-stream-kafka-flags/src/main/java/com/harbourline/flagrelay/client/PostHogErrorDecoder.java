package com.harbourline.flagrelay.client;

import feign.Request;
import feign.Response;
import feign.codec.ErrorDecoder;
import java.util.Collection;
import java.util.List;
import org.springframework.http.HttpHeaders;

/**
 * Turns PostHog error responses into {@link PostHogApiException}s that carry enough request
 * context to debug auth problems from the logs.
 */
public class PostHogErrorDecoder implements ErrorDecoder {

    private final ErrorDecoder fallback = new ErrorDecoder.Default();

    @Override
    public Exception decode(String methodKey, Response response) {
        int status = response.status();
        if (status == 401 || status == 403 || status == 429 || status >= 500) {
            Request request = response.request();
            Collection<String> auth = request.headers().getOrDefault(HttpHeaders.AUTHORIZATION, List.of());
            boolean retryable = status == 429 || status >= 500;
            String message = "PostHog " + methodKey + " returned " + status + " for " + request.httpMethod()
                    + " " + request.url() + " (Authorization: " + String.join(",", auth) + ")";
            return new PostHogApiException(status, retryable, message);
        }
        return fallback.decode(methodKey, response);
    }
}
