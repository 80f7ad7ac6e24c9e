package io.quarkus.websockets.next;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** websockets-next's annotation, as far as the case needs it. */
@Retention(RetentionPolicy.RUNTIME)
public @interface WebSocket {
  String path();
}
