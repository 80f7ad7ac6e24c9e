package app.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Problem details are JSON error bodies: their detail, title and properties reach the client. */
@RestControllerAdvice
public class ProblemAdvice {
  @ExceptionHandler(IllegalStateException.class)
  public ProblemDetail unavailable(IllegalStateException ex) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage()); // Noncompliant
  }

  @ExceptionHandler(UnsupportedOperationException.class)
  public ProblemDetail unsupported(UnsupportedOperationException ex) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.NOT_IMPLEMENTED);
    problem.setProperty("reason", ex.getMessage());
    return problem;
  }

  @ExceptionHandler(IllegalMonitorStateException.class)
  public ProblemDetail monitor(IllegalMonitorStateException ex) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
    problem.setTitle("Flag state changed: " + ex.getMessage());
    return problem; // Noncompliant
  }
}
