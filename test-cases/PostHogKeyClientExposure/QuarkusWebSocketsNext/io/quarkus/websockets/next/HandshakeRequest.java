package io.quarkus.websockets.next;

/** The HTTP upgrade request of a connection, as far as the case needs it. */
public interface HandshakeRequest {
  String header(String name);

  String path();
}
