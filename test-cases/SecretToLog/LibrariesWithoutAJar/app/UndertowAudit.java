package app;

import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.Cookie;
import io.undertow.util.Headers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Undertow's own handlers: a request's headers and cookies. */
public class UndertowAudit {
  private static final Logger log = LoggerFactory.getLogger(UndertowAudit.class);

  void audit(HttpServerExchange exchange) {
    log.debug("authorization {}", exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION)); // Noncompliant
    log.debug("authorization {}", exchange.getRequestHeaders().getFirst("Authorization")); // Noncompliant
    log.debug("headers {}", exchange.getRequestHeaders()); // Noncompliant
    log.debug("cookies {}", exchange.getRequestHeaders().getFirst(Headers.COOKIE)); // Noncompliant
    log.debug("type {}", exchange.getRequestHeaders().getFirst(Headers.CONTENT_TYPE));
    Cookie session = exchange.getRequestCookie("JSESSIONID");
    log.debug("session {}", session.getValue()); // Noncompliant
    Cookie theme = exchange.getRequestCookie("theme");
    log.debug("theme {}", theme.getValue());
  }
}
