package com.northwind.flagsync.web;

import com.northwind.flagsync.service.FlagSyncException;
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
@Requires(classes = {FlagSyncException.class, ExceptionHandler.class})
public class FlagSyncExceptionHandler implements ExceptionHandler<FlagSyncException, HttpResponse<Map<String, String>>> {

    private static final Logger LOG = LoggerFactory.getLogger(FlagSyncExceptionHandler.class);

    @Override
    public HttpResponse<Map<String, String>> handle(HttpRequest request, FlagSyncException exception) {
        LOG.error("Flag sync failed on {} {}: {}", request.getMethod(), request.getPath(), exception.getMessage());
        return HttpResponse.<Map<String, String>>status(HttpStatus.BAD_GATEWAY)
                .body(Map.of("error", "flag_sync_failed"));
    }
}
