package app;

import io.javalin.websocket.WsConnectContext;
import io.javalin.websocket.WsMessageContext;
import java.util.Map;

/** A Javalin WebSocket's messages reach the browser's script. */
public class AdminConsoleSocket {
  private final String flagsSecureKey = System.getenv("POSTHOG_FEATURE_FLAGS_SECURE_KEY");
  private final String projectApiKey = System.getenv("POSTHOG_PROJECT_API_KEY");

  void onConnect(WsConnectContext ws) {
    ws.send(Map.of("type", "hello", "flagsSecureKey", flagsSecureKey)); // Noncompliant
    ws.send(Map.of("type", "hello", "projectApiKey", projectApiKey));
  }

  void onMessage(WsMessageContext ws) {
    ws.send("key " + flagsSecureKey); // Noncompliant
    ws.send("echo " + ws.message());
  }
}
