package subclassmsg;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A handler of the base exception, matched by a type pattern or given as a parameter: it gets
 * every subclass, the one built with the key too. A catch of the base exception around a call that
 * throws none reads nothing.
 */
public class FlagsErrorMapper {
  private static final Logger log = LoggerFactory.getLogger(FlagsErrorMapper.class);

  String toResponse(Throwable error) {
    if (error instanceof FlagsException flagsError) {
      log.error("flags request failed", flagsError); // Noncompliant
      return "failed";
    }
    return "error";
  }

  String handle(FlagsException error) {
    log.warn("flags request failed: {}", error.getMessage()); // Noncompliant
    return "failed";
  }

  String quota(QuotaFlagsException error) {
    log.warn("flags request throttled: {}", error.getMessage());
    return "throttled";
  }

  void retry(Runnable call) {
    try {
      call.run();
    } catch (FlagsException e) {
      log.warn("retry failed: {}", e.getMessage());
    }
  }
}
