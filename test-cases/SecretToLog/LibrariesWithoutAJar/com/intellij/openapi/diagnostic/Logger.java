package com.intellij.openapi.diagnostic;

/** The IntelliJ Platform's logger, as far as the case needs it (the platform is no Maven jar). */
public abstract class Logger {
  public static native Logger getInstance(Class<?> type);

  public abstract void info(String message);

  public abstract void debug(String message);

  public abstract boolean isDebugEnabled();
}
