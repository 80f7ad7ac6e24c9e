package io.quarkus.websockets.next;

/** A client connected to a websockets-next endpoint, as far as the case needs it. */
public interface WebSocketConnection {
  HandshakeRequest handshakeRequest();
}
