package org.gradle.api.logging;

/** A stub of Gradle's logger, an SLF4J logger with Gradle's own levels. */
public interface Logger extends org.slf4j.Logger {
  void lifecycle(String message, Object... objects);

  void quiet(String message, Object... objects);
}
