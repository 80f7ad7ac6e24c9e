package io.tallgrass.flagrelay.error;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

@Produces
@Singleton
@Requires(classes = {PostHogUpstreamException.class, ExceptionHandler.class})
public class UpstreamExceptionHandler implements ExceptionHandler<PostHogUpstreamException, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(UpstreamExceptionHandler.class);

    @Override
    public HttpResponse<?> handle(HttpRequest request, PostHogUpstreamException exception) {
        LOG.error("PostHog upstream failure on {}: {}", request.getPath(), exception.getMessage());
        return HttpResponse.status(HttpStatus.BAD_GATEWAY)
                .body(Map.of("error", "upstream_unavailable"));
    }
}
