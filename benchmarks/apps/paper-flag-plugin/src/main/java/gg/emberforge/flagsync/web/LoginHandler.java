package gg.emberforge.flagsync.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import gg.emberforge.flagsync.config.PanelConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.logging.Logger;

/** {@code POST /panel/login} with HTTP Basic credentials; answers with the session cookie. */
final class LoginHandler implements HttpHandler {

  private final PanelConfig panelConfig;
  private final PanelSessions sessions;
  private final Logger logger;

  LoginHandler(PanelConfig panelConfig, PanelSessions sessions, Logger logger) {
    this.panelConfig = panelConfig;
    this.sessions = sessions;
    this.logger = logger;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    logger.info("Panel login from " + exchange.getRemoteAddress() + " with " + authorization);
    if (!"POST".equals(exchange.getRequestMethod()) || !matches(authorization)) {
      exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"FlagSync\"");
      exchange.sendResponseHeaders(401, -1);
      exchange.close();
      return;
    }
    String session = sessions.create();
    exchange.getResponseHeaders().add("Set-Cookie", PanelSessions.COOKIE_NAME + "=" + session + "; Path=/panel; HttpOnly; SameSite=Strict");
    exchange.getResponseHeaders().add("Location", "/panel/");
    exchange.sendResponseHeaders(303, -1);
    exchange.close();
  }

  private boolean matches(String authorization) {
    if (authorization == null || !authorization.startsWith("Basic ")) {
      return false;
    }
    String expected = panelConfig.username() + ":" + panelConfig.password();
    byte[] given = Base64.getDecoder().decode(authorization.substring(6));
    return MessageDigest.isEqual(given, expected.getBytes(StandardCharsets.UTF_8));
  }
}
