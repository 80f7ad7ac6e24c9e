package com.northwind.events.status.web;

import com.northwind.events.status.posthog.FlagDefinitionsClient.FlagApiException;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice
public class StatusExceptionHandler {

  @ExceptionHandler(FlagApiException.class)
  public ProblemDetail onFlagApi(FlagApiException ex) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY, ex.getMessage());
  }

  @ExceptionHandler(DataAccessException.class)
  public ProblemDetail onDatabase(DataAccessException ex) {
    return ProblemDetail.forStatusAndDetail(
        HttpStatus.SERVICE_UNAVAILABLE, "Run-summary database is unavailable");
  }
}
