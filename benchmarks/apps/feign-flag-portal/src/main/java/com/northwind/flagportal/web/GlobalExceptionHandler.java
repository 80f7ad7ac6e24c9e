package com.northwind.flagportal.web;

import com.northwind.flagportal.flags.FlagSyncException;
import feign.FeignException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns upstream failures into RFC 7807 problem responses. */
@RestControllerAdvice
public class GlobalExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(GlobalExceptionHandler.class);

  @ExceptionHandler(FlagSyncException.class)
  public ProblemDetail flagSyncFailed(FlagSyncException ex) {
    log.warn("Flag sync failed with upstream HTTP {}", ex.status());
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_GATEWAY,
            "PostHog is unavailable or rejected the portal's credentials. Try again later.");
    problem.setTitle("Feature flags unavailable");
    problem.setProperty("upstreamStatus", ex.status());
    return problem;
  }

  @ExceptionHandler(FeignException.NotFound.class)
  public ProblemDetail flagNotFound(FeignException.NotFound ex) {
    log.info("PostHog answered 404 for {}", ex.request().url());
    return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such feature flag");
  }
}
