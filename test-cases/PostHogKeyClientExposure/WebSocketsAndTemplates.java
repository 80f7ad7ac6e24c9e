import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.Map;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.thymeleaf.context.Context;

/** A personal key sent over a WebSocket or rendered by a template. */
public class WebSocketsAndTemplates {
  private final String personalKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
  private final String projectKey = System.getenv("POSTHOG_PROJECT_API_KEY");
  private SimpMessagingTemplate messaging;

  void jakartaWebSocket(Session session) throws IOException {
    session.getBasicRemote().sendText(personalKey); // Noncompliant
    session.getAsyncRemote().sendText("key=" + personalKey); // Noncompliant
    RemoteEndpoint.Basic remote = session.getBasicRemote();
    remote.sendText(personalKey); // Noncompliant
    remote.sendText(projectKey);
  }

  void springWebSocket(WebSocketSession session) throws IOException {
    session.sendMessage(new TextMessage(personalKey)); // Noncompliant
    session.sendMessage(new TextMessage(projectKey));
  }

  void stomp() {
    messaging.convertAndSend("/topic/flags", Map.of("key", personalKey)); // Noncompliant
    messaging.convertAndSendToUser("alice", "/queue/flags", personalKey); // Noncompliant
    messaging.convertAndSend("/topic/flags", personalKey != null);
  }

  void thymeleaf(Context context) {
    context.setVariable("posthogKey", personalKey); // Noncompliant
    context.setVariables(Map.of("posthogKey", personalKey)); // Noncompliant
    context.setVariable("posthogKey", projectKey);
  }
}
