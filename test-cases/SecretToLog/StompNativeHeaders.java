import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.web.socket.messaging.SessionConnectEvent;

/** A STOMP CONNECT frame's native headers carry the client's Authorization header. */
public class StompNativeHeaders {
  private static final Logger log = LoggerFactory.getLogger(StompNativeHeaders.class);

  void onConnect(SessionConnectEvent event) {
    StompHeaderAccessor accessor = StompHeaderAccessor.wrap(event.getMessage());
    log.debug("STOMP session {} native headers {}", accessor.getSessionId(), accessor.toNativeHeaderMap()); // Noncompliant
    log.debug("STOMP auth {}", accessor.getFirstNativeHeader("Authorization")); // Noncompliant
    log.debug("STOMP session {} to {}", accessor.getSessionId(), accessor.getDestination());
    log.debug("STOMP content type {}", accessor.getFirstNativeHeader("content-type"));
  }
}
