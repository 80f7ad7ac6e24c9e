package wholehandler;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A handler that logs the exception whole: its stack trace starts with the message. */
@RestControllerAdvice
class ErrorAdvice {
  private static final Logger log = LoggerFactory.getLogger(ErrorAdvice.class);

  @ExceptionHandler(RejectedKeyException.class)
  String rejected(RejectedKeyException ex) {
    log.error("request failed", ex); // Noncompliant
    return "rejected";
  }

  @ExceptionHandler(QuotaException.class)
  String quota(QuotaException ex) {
    log.warn("request throttled", ex);
    return "throttled";
  }
}
