package com.northwind.reports.web;

import com.northwind.reports.service.PartnerSyncService.ReportSyncException;
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
@Requires(classes = {ReportSyncException.class, ExceptionHandler.class})
public class ReportSyncExceptionHandler implements ExceptionHandler<ReportSyncException, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(ReportSyncExceptionHandler.class);

    @Override
    public HttpResponse<?> handle(HttpRequest request, ReportSyncException exception) {
        LOG.error("Partner sync failed on {}: {}", request.getPath(), exception.getMessage());
        return HttpResponse.status(HttpStatus.BAD_GATEWAY)
                .body(Map.of("error", "partner_sync_failed", "account", exception.getAccountId()));
    }
}
