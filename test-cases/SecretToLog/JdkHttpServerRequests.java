import com.sun.net.httpserver.HttpExchange;
import java.util.logging.Logger;

/** The JDK's own HTTP server: a request's credential headers, and all of them at once. */
public class JdkHttpServerRequests {
  private static final Logger LOG = Logger.getLogger("access");

  void handle(HttpExchange exchange) {
    LOG.info("auth " + exchange.getRequestHeaders().getFirst("Authorization")); // Noncompliant
    LOG.info("headers " + exchange.getRequestHeaders()); // Noncompliant
    LOG.info("agent " + exchange.getRequestHeaders().getFirst("User-Agent"));
  }
}
