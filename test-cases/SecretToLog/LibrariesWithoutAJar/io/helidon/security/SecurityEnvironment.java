package io.helidon.security;

import java.util.List;
import java.util.Map;

/** A stub of Helidon Security's environment of a request. */
public interface SecurityEnvironment {
  Map<String, List<String>> headers();
}
