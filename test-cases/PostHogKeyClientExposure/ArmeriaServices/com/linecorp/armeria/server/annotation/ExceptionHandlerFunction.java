package com.linecorp.armeria.server.annotation;

import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.server.ServiceRequestContext;

/** Turns an exception into a response. */
public interface ExceptionHandlerFunction {
  HttpResponse handleException(ServiceRequestContext ctx, HttpRequest req, Throwable cause);
}
