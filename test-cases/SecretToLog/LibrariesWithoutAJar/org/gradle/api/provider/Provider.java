package org.gradle.api.provider;

/** Gradle's lazy value, as far as the case needs it. */
public interface Provider<T> {
  T get();

  T getOrNull();

  T getOrElse(T defaultValue);
}
