import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.messaging.SessionDisconnectEvent;

/**
 * A message's header is what it is named, whatever the parameter is called; a WebSocket's or a STOMP
 * session's id logs in no one.
 */
public class MessagingSessions {
  private static final Logger log = LoggerFactory.getLogger(MessagingSessions.class);

  void onFlagChange(String body, @Header("x-admin-token") String adminHeader) {
    log.info("flag change {} by {}", body, adminHeader); // Noncompliant
  }

  void snapshot(@Header("simpSessionId") String sessionId) {
    log.info("snapshot requested on STOMP session {}", sessionId);
  }

  void connected(Message<?> message, WebSocketSession socket, jakarta.websocket.Session endpoint,
      javax.websocket.Session legacy) {
    String sessionId = StompHeaderAccessor.wrap(message).getSessionId();
    log.info("STOMP session {} connected", sessionId);
    String socketId = socket.getId();
    String endpointSessionId = endpoint.getId();
    log.info("WebSocket sessions {} {} {}", socketId, endpointSessionId, legacy.getId());
  }

  void closed(SessionDisconnectEvent event) {
    String sessionId = event.getSessionId();
    log.info("WebSocket session {} closed with {}", sessionId, event.getCloseStatus());
  }
}
