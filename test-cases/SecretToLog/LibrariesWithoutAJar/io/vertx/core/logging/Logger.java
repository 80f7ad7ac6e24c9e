package io.vertx.core.logging;

/** Vert.x's own logger, as far as the case needs it. */
public interface Logger {
  void info(Object message);

  void debug(Object message);

  boolean isDebugEnabled();
}
