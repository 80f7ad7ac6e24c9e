package io.github.posthogguard.ide;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Bounded waits on the engine, failing with what was awaited and what the engine last logged. */
final class Waits {
  private Waits() {}

  static <T> T forResult(
      CompletableFuture<T> future, Duration timeout, String what, EngineLog log) {
    try {
      return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new AssertionError(
          "the engine did not " + what + " within " + timeout.toSeconds() + " s" + log.tail(), e);
    } catch (ExecutionException e) {
      throw new AssertionError(
          "the engine failed to " + what + ": " + e.getCause() + log.tail(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for the engine to " + what, e);
    }
  }
}
