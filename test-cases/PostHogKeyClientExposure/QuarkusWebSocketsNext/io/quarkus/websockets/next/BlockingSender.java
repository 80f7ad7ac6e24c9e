package io.quarkus.websockets.next;

/** The blocking variant of {@link Sender}, as far as the case needs it. */
public interface BlockingSender {
  void sendTextAndAwait(String message);
}
