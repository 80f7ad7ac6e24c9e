package gg.emberforge.flagsync.web;

import com.google.gson.Gson;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import gg.emberforge.flagsync.FlagSyncPlugin;
import gg.emberforge.flagsync.config.PostHogSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** The panel's pages under {@code /panel/}: dashboard, capture snippet, flags and a PostHog link. */
final class DashboardHandler implements HttpHandler {

  private static final String FLAGS_KEY_HEADER = "X-PostHog-Flags-Key";
  private static final Gson GSON = new Gson();

  private final FlagSyncPlugin plugin;
  private final PanelSessions sessions;

  DashboardHandler(FlagSyncPlugin plugin, PanelSessions sessions) {
    this.plugin = plugin;
    this.sessions = sessions;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    if (!sessions.isValid(PanelSessions.sessionIdFrom(exchange))) {
      exchange.getResponseHeaders().add("Location", "/panel/login");
      exchange.sendResponseHeaders(303, -1);
      exchange.close();
      return;
    }
    PostHogSettings settings = plugin.settings();
    switch (exchange.getRequestURI().getPath()) {
      case "/panel/", "/panel/index.html" -> dashboard(exchange, settings);
      case "/panel/bootstrap.js" -> bootstrapScript(exchange, settings);
      case "/panel/flags" -> flags(exchange, settings);
      case "/panel/open-in-posthog" -> openInPostHog(exchange, settings);
      default -> {
        exchange.sendResponseHeaders(404, -1);
        exchange.close();
      }
    }
  }

  private void dashboard(HttpExchange exchange, PostHogSettings settings) throws IOException {
    String template;
    try (InputStream in = plugin.getResource("web/dashboard.html")) {
      template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String html = template
        .replace("{{serverName}}", plugin.getServer().getName())
        .replace("{{flagsKey}}", settings.featureFlagsSecureKey());
    byte[] page = html.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
    exchange.sendResponseHeaders(200, page.length);
    try (OutputStream body = exchange.getResponseBody()) {
      body.write(page);
    }
  }

  /** The posthog-js snippet for the panel's own analytics. */
  private void bootstrapScript(HttpExchange exchange, PostHogSettings settings) throws IOException {
    String loader = "!function(t,e){/* posthog-js loader */}(document,window.posthog||[]);\n";
    String init = "posthog.init('" + settings.projectApiKey() + "', {api_host: '" + settings.host() + "'});\n";
    send(exchange, "application/javascript", loader + init);
  }

  private void flags(HttpExchange exchange, PostHogSettings settings) throws IOException {
    exchange.getResponseHeaders().add(FLAGS_KEY_HEADER, settings.featureFlagsSecureKey());
    send(exchange, "application/json", GSON.toJson(plugin.pollTask().activeFlags()));
  }

  /** Sends the admin to the flag list in PostHog's own UI. */
  private void openInPostHog(HttpExchange exchange, PostHogSettings settings) throws IOException {
    String ui = settings.host().replace(".i.posthog.com", ".posthog.com");
    exchange.getResponseHeaders().add("Location", ui + "/api/projects/" + settings.projectId() + "/feature_flags/?personal_api_key=" + settings.personalApiKey());
    exchange.sendResponseHeaders(302, -1);
    exchange.close();
  }

  private static void send(HttpExchange exchange, String contentType, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", contentType);
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream body = exchange.getResponseBody()) {
      body.write(bytes);
    }
  }
}
