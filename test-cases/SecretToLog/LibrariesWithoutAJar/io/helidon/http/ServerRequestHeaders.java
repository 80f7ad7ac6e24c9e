package io.helidon.http;

import io.helidon.common.parameters.Parameters;

/** Stand-in for Helidon SE 4's request headers. */
public interface ServerRequestHeaders extends Headers {
  Parameters cookies();
}
