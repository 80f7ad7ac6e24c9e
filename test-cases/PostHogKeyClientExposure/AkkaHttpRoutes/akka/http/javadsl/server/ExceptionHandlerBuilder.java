package akka.http.javadsl.server;

import java.util.function.Function;

/** Builds an exception handler: one case per exception class. */
public final class ExceptionHandlerBuilder {
  public <T extends Throwable> ExceptionHandlerBuilder match(Class<T> type, Function<T, Route> handler) {
    return this;
  }

  public ExceptionHandlerBuilder matchAny(Function<Throwable, Route> handler) {
    return this;
  }

  public ExceptionHandler build() {
    return null;
  }
}
