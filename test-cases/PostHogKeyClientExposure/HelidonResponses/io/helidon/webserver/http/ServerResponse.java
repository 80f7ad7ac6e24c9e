package io.helidon.webserver.http;

/** Stand-in for Helidon SE 4's response. */
public interface ServerResponse {
  ServerResponse status(int status);

  ServerResponse header(String name, String... values);

  void send(Object entity);
}
