package gg.emberforge.flagsync.web;

import com.google.gson.Gson;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import gg.emberforge.flagsync.FlagSyncPlugin;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** {@code GET /panel/settings}: the PostHog settings tab of the panel. */
final class SettingsHandler implements HttpHandler {

  private static final Gson GSON = new Gson();

  private final FlagSyncPlugin plugin;
  private final PanelSessions sessions;

  SettingsHandler(FlagSyncPlugin plugin, PanelSessions sessions) {
    this.plugin = plugin;
    this.sessions = sessions;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    if (!sessions.isValid(PanelSessions.sessionIdFrom(exchange))) {
      exchange.sendResponseHeaders(401, -1);
      exchange.close();
      return;
    }
    SettingsView view = SettingsView.of(plugin.settings());
    byte[] json = GSON.toJson(view).getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, json.length);
    try (OutputStream body = exchange.getResponseBody()) {
      body.write(json);
    }
  }
}
