package com.tidewaterlabs.flagsync.web;

import com.tidewaterlabs.flagsync.exception.PostHogSyncException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.hateoas.JsonError;
import io.micronaut.http.hateoas.Link;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Controller
public class GlobalErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(GlobalErrorHandler.class);

    @Error(global = true, exception = PostHogSyncException.class)
    public HttpResponse<JsonError> onSyncFailure(HttpRequest<?> request, PostHogSyncException ex) {
        LOG.error("Flag sync failed for {}: {}", request.getPath(), ex.getMessage());
        JsonError error = new JsonError(ex.getMessage())
                .link(Link.SELF, Link.of(request.getUri()));
        return HttpResponse.<JsonError>status(HttpStatus.BAD_GATEWAY).body(error);
    }

    @Error(global = true)
    public HttpResponse<JsonError> onUnexpected(HttpRequest<?> request, Throwable ex) {
        LOG.error("Unhandled error on {} {}", request.getMethod(), request.getPath(), ex);
        JsonError error = new JsonError("Internal error")
                .link(Link.SELF, Link.of(request.getUri()));
        return HttpResponse.<JsonError>serverError().body(error);
    }
}
