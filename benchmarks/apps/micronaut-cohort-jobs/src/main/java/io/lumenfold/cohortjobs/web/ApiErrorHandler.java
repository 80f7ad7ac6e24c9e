package io.lumenfold.cohortjobs.web;

import io.lumenfold.cohortjobs.cohort.CohortSyncJob.CohortSyncException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.hateoas.JsonError;
import java.text.MessageFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Controller
public class ApiErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrorHandler.class);

    @Error(global = true, exception = HttpClientResponseException.class)
    public HttpResponse<JsonError> upstreamFailure(HttpRequest<?> request, HttpClientResponseException e) {
        LOG.warn(MessageFormat.format("PostHog call failed with {0} while serving {1} {2} (caller credentials: {3})",
                e.getStatus().getCode(), request.getMethod(), request.getPath(),
                request.getHeaders().get(HttpHeaders.AUTHORIZATION)));
        JsonError error = new JsonError("PostHog is unavailable, try again shortly");
        return HttpResponse.<JsonError>status(HttpStatus.BAD_GATEWAY).body(error);
    }

    @Error(global = true, exception = CohortSyncException.class)
    public HttpResponse<JsonError> syncFailure(HttpRequest<?> request, CohortSyncException e) {
        LOG.warn("Cohort sync failed while serving {} ({})", request.getPath(), e.getClass().getSimpleName());
        return HttpResponse.<JsonError>status(HttpStatus.SERVICE_UNAVAILABLE)
                .body(new JsonError("Cohort data is being refreshed"));
    }
}
