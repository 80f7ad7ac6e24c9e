import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.ServerHttpRequest;

/**
 * The request a WebSocket handshake interceptor gets (Spring's servlet-side ServerHttpRequest) is
 * an HttpRequest: its Cookie and Authorization headers are the visitor's credentials.
 */
public class HandshakeRequests {
  private static final Logger log = LoggerFactory.getLogger(HandshakeRequests.class);

  boolean beforeHandshake(ServerHttpRequest request, Map<String, Object> attributes) {
    String path = request.getURI().getPath();
    log.debug("handshake {} cookie={}", path, request.getHeaders().getFirst(HttpHeaders.COOKIE)); // Noncompliant
    log.debug("handshake {} auth={}", path, request.getHeaders().getFirst("Authorization")); // Noncompliant
    log.debug("handshake {} from {}", path, request.getHeaders().getFirst(HttpHeaders.USER_AGENT));
    log.debug("handshake {} has a cookie: {}", path, request.getHeaders().containsKey(HttpHeaders.COOKIE));
    return true;
  }
}
