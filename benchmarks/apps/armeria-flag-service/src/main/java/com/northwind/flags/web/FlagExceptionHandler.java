package com.northwind.flags.web;

import java.util.concurrent.CompletionException;

import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.HttpStatus;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.server.ServiceRequestContext;
import com.linecorp.armeria.server.annotation.ExceptionHandlerFunction;
import com.northwind.flags.model.FlagApiException;

/** Maps PostHog API failures to 502 so the admin console can show what went wrong. */
public final class FlagExceptionHandler implements ExceptionHandlerFunction {

    @Override
    public HttpResponse handleException(ServiceRequestContext ctx, HttpRequest req, Throwable cause) {
        Throwable root = cause instanceof CompletionException && cause.getCause() != null ? cause.getCause() : cause;
        if (root instanceof FlagApiException e) {
            return HttpResponse.of(HttpStatus.BAD_GATEWAY, MediaType.PLAIN_TEXT_UTF_8, e.getMessage());
        }
        if (root instanceof IllegalArgumentException) {
            return HttpResponse.of(HttpStatus.BAD_REQUEST, MediaType.PLAIN_TEXT_UTF_8, "Invalid request");
        }
        return ExceptionHandlerFunction.fallthrough();
    }
}
