package app;

import java.util.Map;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** What an exception handler returns is the body of the error response. */
@RestControllerAdvice
public class ApiErrors {
  @ExceptionHandler(SyncException.class)
  public Map<String, String> onSync(SyncException ex) {
    return Map.of("error", ex.getMessage()); // Noncompliant
  }

  @ExceptionHandler(QuotaException.class)
  public Map<String, String> onQuota(QuotaException ex) {
    return Map.of("error", ex.getLocalizedMessage());
  }

  /** Each call of a factory of another file holds what that call gives it, not what others do. */
  @ExceptionHandler(IllegalArgumentException.class)
  public ErrorBody onArgument(IllegalArgumentException ex, SyncException cause) {
    if (cause != null) {
      return ErrorBody.of("sync_failed", cause.getMessage()); // Noncompliant
    }
    return ErrorBody.of("bad_request", "the request is not valid");
  }

  /** An instanceof test narrows the type where it holds. */
  @ExceptionHandler(RuntimeException.class)
  public Map<String, String> onAny(RuntimeException ex) {
    if (ex instanceof SyncException && ex.getMessage() != null) {
      return Map.of("error", ex.getMessage()); // Noncompliant
    }
    return Map.of("error", ex instanceof QuotaException ? ex.getMessage() : "internal error");
  }

  @ExceptionHandler(IllegalStateException.class)
  public Map<String, String> onState(IllegalStateException ex) {
    return Map.of("error", "internal error");
  }
}
