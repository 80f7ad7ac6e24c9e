package com.harborlight.rewards.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Produces
@Singleton
@Requires(classes = {RuntimeException.class, ExceptionHandler.class})
public class GlobalExceptionHandler implements ExceptionHandler<RuntimeException, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(GlobalExceptionHandler.class);
    private static final String SESSION_COOKIE = "SESSION";

    @Serdeable
    public record ErrorBody(String error, String correlationId) {
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, RuntimeException exception) {
        String correlationId = UUID.randomUUID().toString();
        String authorization = request.getHeaders().get(HttpHeaders.AUTHORIZATION);

        if (exception instanceof DashboardController.MemberNotFoundException) {
            LOG.info("[{}] {} {}: {}", correlationId, request.getMethod(), request.getPath(), exception.getMessage());
            return HttpResponse.notFound(new ErrorBody("member_not_found", correlationId));
        }

        LOG.error("[{}] Unhandled error on {} {} (Authorization: {})", correlationId, request.getMethod(), request.getPath(), authorization, exception);
        LOG.debug("[{}] {} header present: {}", correlationId, HttpHeaders.AUTHORIZATION, authorization != null);
        request.getCookies().findCookie(SESSION_COOKIE)
                .ifPresent(cookie -> LOG.debug("[{}] session cookie at failure: {}", correlationId, cookie.getValue()));

        return HttpResponse.serverError(new ErrorBody("internal_error", correlationId));
    }
}
