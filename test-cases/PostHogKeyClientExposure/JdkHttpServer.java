import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** The JDK's own HTTP server: what a handler writes to the exchange goes to the client. */
public class JdkHttpServer {
  private final String personalKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
  private final String projectKey = System.getenv("POSTHOG_API_KEY");

  void config(HttpExchange exchange) throws IOException {
    byte[] body = ("{\"key\":\"" + personalKey + "\"}").getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("X-PostHog-Key", personalKey); // Noncompliant
    exchange.getResponseHeaders().add("X-PostHog-Project", projectKey);
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body); // Noncompliant
    }
  }

  void contexts(com.sun.net.httpserver.HttpServer server) {
    server.createContext("/bootstrap.js", exchange -> {
      byte[] js = ("window.KEY = '" + personalKey + "';").getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, js.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(js); // Noncompliant
      }
    });
    server.createContext("/project.js", exchange -> exchange.getResponseBody().write(projectKey.getBytes(StandardCharsets.UTF_8)));
  }

  void page(HttpExchange exchange, String template) throws IOException {
    String html = template.replace("{{flagsKey}}", personalKey).replace("{{projectKey}}", projectKey);
    byte[] page = html.getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(page); // Noncompliant
    }
    String publicPage = template.replace("{{projectKey}}", projectKey).replace(personalKey, "***");
    exchange.getResponseBody().write(publicPage.getBytes(StandardCharsets.UTF_8));
  }

  void publicConfig(HttpExchange exchange) throws IOException {
    byte[] body = projectKey.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseBody().write(body);
  }
}
