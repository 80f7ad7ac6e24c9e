package io.vertx.core.logging;

/** Vert.x's logger factory, as far as the case needs it. */
public final class LoggerFactory {
  public static native Logger getLogger(Class<?> type);
}
