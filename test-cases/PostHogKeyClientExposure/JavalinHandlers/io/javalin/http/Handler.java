package io.javalin.http;

/** Javalin's handler. */
@FunctionalInterface
public interface Handler {
  void handle(Context ctx) throws Exception;
}
