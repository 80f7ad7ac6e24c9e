package io.helidon.common.config;

/** Stand-in for Helidon SE 4's configuration value. */
public interface ConfigValue<T> {
  T orElse(T other);
}
