package com.acme.flags.api;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.acme.flags.service.FlagEvaluationException;

import jakarta.ws.rs.core.Response;

public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    public record ErrorBody(String error, String detail) {
    }

    @ServerExceptionMapper
    public RestResponse<ErrorBody> mapFlagFailure(FlagEvaluationException ex) {
        LOG.errorf("Flag evaluation failed: %s", ex.getMessage());
        return RestResponse.status(Response.Status.BAD_GATEWAY, new ErrorBody("flag_evaluation_failed", ex.getMessage()));
    }

    @ServerExceptionMapper
    public RestResponse<ErrorBody> mapOpenCircuit(CircuitBreakerOpenException ex) {
        LOG.warn("PostHog circuit open, rejecting flag request");
        return RestResponse.status(Response.Status.SERVICE_UNAVAILABLE, new ErrorBody("posthog_unavailable", "retry later"));
    }
}
