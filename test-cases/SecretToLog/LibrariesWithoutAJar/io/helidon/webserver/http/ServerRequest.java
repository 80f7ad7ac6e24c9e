package io.helidon.webserver.http;

import io.helidon.http.ServerRequestHeaders;

/** Stand-in for Helidon SE 4's request. */
public interface ServerRequest {
  ServerRequestHeaders headers();
}
