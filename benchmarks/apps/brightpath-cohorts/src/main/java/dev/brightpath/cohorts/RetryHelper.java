package dev.brightpath.cohorts;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Retries PostHog calls on 5xx and I/O errors with linear backoff. */
final class RetryHelper {

  private static final Logger LOG = Logger.getLogger(RetryHelper.class.getName());

  private RetryHelper() {}

  static <T> T withRetry(String what, int maxAttempts, Duration backoff, Callable<T> call) throws Exception {
    for (int attempt = 1; ; attempt++) {
      try {
        return call.call();
      } catch (ExportException e) {
        if (e.status() < 500 || attempt >= maxAttempts) {
          throw e;
        }
        LOG.log(Level.WARNING, "{0} failed with HTTP {1} (attempt {2}/{3}), retrying", new Object[] {what, e.status(), attempt, maxAttempts});
      } catch (IOException e) {
        if (attempt >= maxAttempts) {
          throw e;
        }
        LOG.warning(what + " failed with " + e.getClass().getSimpleName() + " (attempt " + attempt + "/" + maxAttempts + "), retrying");
      }
      Thread.sleep(backoff.multipliedBy(attempt).toMillis());
    }
  }
}
