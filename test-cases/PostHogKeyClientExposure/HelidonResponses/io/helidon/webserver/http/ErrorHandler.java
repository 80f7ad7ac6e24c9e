package io.helidon.webserver.http;

/** Stand-in for Helidon SE 4's error handler. */
@FunctionalInterface
public interface ErrorHandler<T extends Throwable> {
  void handle(ServerRequest req, ServerResponse res, T throwable);
}
