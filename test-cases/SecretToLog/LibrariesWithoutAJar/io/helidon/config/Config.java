package io.helidon.config;

/** Stand-in for Helidon SE 4's configuration. */
public interface Config extends io.helidon.common.config.Config {
  static Config create() {
    return null;
  }

  @Override
  Config get(String key);
}
