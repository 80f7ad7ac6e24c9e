package io.helidon.common.config;

/** Stand-in for Helidon SE 4's configuration node. */
public interface Config {
  Config get(String key);

  ConfigValue<String> asString();
}
