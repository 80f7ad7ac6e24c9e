package org.gradle.api.provider;

/** A task's or extension's settable lazy value. */
public interface Property<T> extends Provider<T> {
  void set(T value);
}
