import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A private helper that writes the body it is given: the leak is the call that gives it a key, not
 * the helper, which other calls give harmless text. A helper that builds the page around its
 * parameter is reported where it writes it.
 */
public class BodyWrittenByAHelperOfTheFile {
  private final String flagsKey = System.getenv("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY");
  private final String projectKey = System.getenv("POSTHOG_API_KEY");

  void flags(HttpExchange exchange) throws IOException {
    send(exchange, 200, "{\"flagsKey\":\"" + flagsKey + "\"}"); // Noncompliant [[secondary=12,39]]
  }

  void bootstrap(HttpExchange exchange) throws IOException {
    send(exchange, 200, "window.POSTHOG_KEY = '" + projectKey + "';");
  }

  void health(HttpExchange exchange) throws IOException {
    send(exchange, 200, "ok");
  }

  void script(HttpExchange exchange) throws IOException {
    sendScript(exchange, flagsKey); // Noncompliant [[secondary=12,39]]
  }

  private void sendScript(HttpExchange exchange, String script) throws IOException {
    send(exchange, 200, script);
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  void page(HttpExchange exchange) throws IOException {
    sendPage(exchange, flagsKey);
    sendPage(exchange, projectKey);
  }

  private static void sendPage(HttpExchange exchange, String key) throws IOException {
    byte[] page = ("<script>init('" + key + "')</script>").getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(200, page.length);
    exchange.getResponseBody().write(page); // Noncompliant
  }
}
