package app.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Problem details are JSON error bodies: their detail, title and properties reach the client,
 * reported where they are filled in.
 */
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
    problem.setTitle("Flag state changed: " + ex.getMessage()); // Noncompliant
    return problem;
  }

  @ExceptionHandler(IllegalMonitorStateException.class)
  public ProblemDetail locked(IllegalMonitorStateException ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage()); // Noncompliant
    problem.setTitle("Flag locked");
    problem.setProperty("status", 409);
    return problem;
  }

  @ExceptionHandler(IllegalMonitorStateException.class)
  public ProblemDetail lockedAgain(IllegalMonitorStateException ex) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
    problem.setDetail(ex.getMessage()); // Noncompliant
    problem.setProperty("lock", ex.getMessage()); // Noncompliant
    return problem;
  }
}
