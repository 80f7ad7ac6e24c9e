package io.helidon.http;

import java.util.Optional;

/** Stand-in for Helidon SE 4's headers. */
public interface Headers extends Iterable<Header> {
  Optional<String> first(HeaderName name);
}
