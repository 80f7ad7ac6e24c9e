package io.quarkus.websockets.next;

/** A client connected to a websockets-next endpoint, as far as the case needs it. */
public interface WebSocketConnection extends Sender, BlockingSender {
  HandshakeRequest handshakeRequest();

  BroadcastSender broadcast();

  /** What sends to every client of the endpoint. */
  interface BroadcastSender extends Sender, BlockingSender {}
}
