package com.lumorafreight.flagproxy.web;

import com.lumorafreight.flagproxy.service.FlagDefinitionService;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

@Produces
@Singleton
@Requires(classes = {FlagDefinitionService.SyncException.class, ExceptionHandler.class})
public class FlagSyncExceptionHandler
        implements ExceptionHandler<FlagDefinitionService.SyncException, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(FlagSyncExceptionHandler.class);

    @Override
    public HttpResponse<?> handle(HttpRequest request, FlagDefinitionService.SyncException exception) {
        LOG.error("Flag sync failed on {}: {}", request.getPath(), exception.getMessage());
        return HttpResponse.serverError(Map.of("error", "flag_sync_failed"));
    }
}
