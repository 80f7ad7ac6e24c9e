package preview;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;

/** Serves the flags preview: a response header carries the secure key to the browser. */
public class PreviewServer {
  private final PreviewSettings settings;

  public PreviewServer(PreviewSettings settings) {
    this.settings = settings;
  }

  void handle(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().add("X-Flags-Secure-Key", settings.secureApiKey()); // Noncompliant
    exchange.getResponseHeaders().add("X-Flags-Host", settings.host());
    exchange.sendResponseHeaders(204, -1);
  }
}
