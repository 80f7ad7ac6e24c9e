package io.helidon.common.parameters;

import io.helidon.common.mapper.OptionalValue;

/** Stand-in for Helidon SE 4's named parameters (cookies, query). */
public interface Parameters {
  OptionalValue<String> first(String name);
}
