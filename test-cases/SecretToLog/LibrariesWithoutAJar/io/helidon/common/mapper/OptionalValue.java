package io.helidon.common.mapper;

import java.util.Optional;

/** Stand-in for Helidon SE 4's optional value. */
public interface OptionalValue<T> {
  Optional<T> asOptional();

  T orElse(T other);
}
