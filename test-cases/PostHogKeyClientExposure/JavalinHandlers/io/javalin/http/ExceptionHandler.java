package io.javalin.http;

/** Javalin's exception handler. */
@FunctionalInterface
public interface ExceptionHandler<T extends Exception> {
  void handle(T exception, Context ctx);
}
