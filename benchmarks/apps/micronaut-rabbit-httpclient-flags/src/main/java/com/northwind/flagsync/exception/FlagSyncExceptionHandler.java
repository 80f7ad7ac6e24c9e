package com.northwind.flagsync.exception;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Produces
@Singleton
@Requires(classes = {FlagSyncException.class, ExceptionHandler.class})
public class FlagSyncExceptionHandler
        implements ExceptionHandler<FlagSyncException, HttpResponse<FlagSyncExceptionHandler.ErrorBody>> {

    private static final Logger LOG = LoggerFactory.getLogger(FlagSyncExceptionHandler.class);

    @Override
    public HttpResponse<ErrorBody> handle(HttpRequest request, FlagSyncException exception) {
        LOG.error("Flag sync failed on {}: {}", request.getPath(), exception.getMessage());
        ErrorBody body = new ErrorBody("flag_sync_failed", exception.getMessage(), exception.getProjectId());
        return HttpResponse.<ErrorBody>status(HttpStatus.BAD_GATEWAY).body(body);
    }

    @Serdeable
    public record ErrorBody(String code, String message, long projectId) {
    }
}
