package io.lumenrail.flaggate.feign;

import java.util.Collection;

import feign.Request;
import feign.Response;
import feign.RetryableException;
import feign.codec.ErrorDecoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;

public class PostHogErrorDecoder implements ErrorDecoder {

    private static final Logger log = LoggerFactory.getLogger(PostHogErrorDecoder.class);

    private final ErrorDecoder fallback = new ErrorDecoder.Default();

    @Override
    public Exception decode(String methodKey, Response response) {
        Request request = response.request();
        String authorization = firstHeader(request, HttpHeaders.AUTHORIZATION);
        log.info("PostHog call {} returned {} (authorization sent: {})", methodKey, response.status(), authorization != null);

        if (response.status() == 401 || response.status() == 403) {
            return new PostHogApiException(response.status(),
                    "PostHog rejected " + methodKey + " (" + response.reason() + ") for credentials " + authorization);
        }
        if (response.status() == 429) {
            log.warn("PostHog rate limit on {}; request headers were {}", methodKey, request.headers());
            return new RetryableException(response.status(), "PostHog rate limit", request.httpMethod(), (Long) null, request);
        }
        return fallback.decode(methodKey, response);
    }

    private static String firstHeader(Request request, String name) {
        Collection<String> values = request.headers().get(name);
        return values == null || values.isEmpty() ? null : values.iterator().next();
    }
}
