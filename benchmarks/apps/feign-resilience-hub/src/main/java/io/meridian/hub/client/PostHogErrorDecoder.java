package io.meridian.hub.client;

import feign.Response;
import feign.RetryableException;
import feign.codec.ErrorDecoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class PostHogErrorDecoder implements ErrorDecoder {

    private static final Logger log = LoggerFactory.getLogger(PostHogErrorDecoder.class);

    private final ErrorDecoder fallback = new ErrorDecoder.Default();

    @Override
    public Exception decode(String methodKey, Response response) {
        log.error("PostHog call {} failed with HTTP {}; request headers={}",
                methodKey, response.status(), response.request().headers());
        if (response.status() == 429 || response.status() >= 500) {
            return new RetryableException(response.status(), "PostHog unavailable for " + methodKey,
                    response.request().httpMethod(), (Long) null, response.request());
        }
        if (response.status() == 401 || response.status() == 403) {
            return new FlagsApiException(response.status(), "PostHog refused " + methodKey);
        }
        return fallback.decode(methodKey, response);
    }
}
