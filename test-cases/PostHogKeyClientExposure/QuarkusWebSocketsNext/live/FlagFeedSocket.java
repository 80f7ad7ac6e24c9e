package live;

import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;

/** A websockets-next endpoint: what it sends and what its message handlers return reach the browser. */
@WebSocket(path = "/ws/flags")
public class FlagFeedSocket {
  private final String secureKey = System.getenv("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY");
  private final String projectKey = System.getenv("POSTHOG_PROJECT_API_KEY");

  @OnOpen
  public Uni<Void> onOpen(WebSocketConnection connection) {
    return connection.sendText("{\"flagsKey\":\"" + secureKey + "\"}"); // Noncompliant
  }

  @OnTextMessage
  public String onMessage(String command) {
    if ("key".equals(command)) {
      return "flagsKey=" + secureKey; // Noncompliant
    }
    return "projectKey=" + projectKey;
  }

  void announce(WebSocketConnection connection) {
    connection.broadcast().sendTextAndAwait("secure key " + secureKey); // Noncompliant
    connection.broadcast().sendTextAndAwait("project key " + projectKey);
  }
}
