package live;

import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import java.util.logging.Logger;

/** Logs what the handshake of each connection brought. */
@WebSocket(path = "/ws/audit")
public class AuditedSocket {
  private static final Logger LOG = Logger.getLogger(AuditedSocket.class.getName());

  @OnOpen
  public void onOpen(WebSocketConnection connection) {
    LOG.info("opened " + connection.handshakeRequest().path());
    LOG.fine("authorization " + connection.handshakeRequest().header("Authorization")); // Noncompliant
    LOG.fine("agent " + connection.handshakeRequest().header("User-Agent"));
  }
}
