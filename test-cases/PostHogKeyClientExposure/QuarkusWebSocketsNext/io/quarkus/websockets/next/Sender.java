package io.quarkus.websockets.next;

import io.smallrye.mutiny.Uni;

/** What sends messages to the connected clients, as far as the case needs it. */
public interface Sender {
  Uni<Void> sendText(String message);

  <M> Uni<Void> sendText(M message);
}
