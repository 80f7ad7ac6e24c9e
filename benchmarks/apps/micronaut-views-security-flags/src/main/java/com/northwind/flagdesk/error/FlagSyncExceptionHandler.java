package com.northwind.flagdesk.error;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

@Produces
@Singleton
@Requires(classes = {FlagSyncException.class, ExceptionHandler.class})
public class FlagSyncExceptionHandler implements ExceptionHandler<FlagSyncException, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(FlagSyncExceptionHandler.class);

    @Override
    public HttpResponse<?> handle(HttpRequest request, FlagSyncException exception) {
        LOG.error("Flag sync failed for {}: {}", request.getPath(), exception.getMessage());
        return HttpResponse.serverError(new ModelAndView<>("error/sync-failed",
                Map.of("path", request.getPath(), "retryUrl", "/admin/flags")));
    }
}
