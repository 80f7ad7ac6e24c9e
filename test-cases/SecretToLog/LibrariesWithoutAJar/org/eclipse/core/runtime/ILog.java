package org.eclipse.core.runtime;

public interface ILog {
  void log(IStatus status);

  default void info(String message) {}

  default void warn(String message) {}

  default void error(String message) {}

  default void error(String message, Throwable exception) {}

  static ILog of(Class<?> caller) {
    return null;
  }
}
