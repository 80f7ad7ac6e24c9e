package org.scijava.log;

/**
 * Stands in for scijava-common's logger, whose jar would bring its annotation processor into every
 * compilation of the cases.
 */
public interface Logger {
  default void info(Object message) {}

  default void warn(Object message) {}
}
