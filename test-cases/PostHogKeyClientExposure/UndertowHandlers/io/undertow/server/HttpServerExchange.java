package io.undertow.server;

import io.undertow.io.Sender;
import io.undertow.server.handlers.Cookie;
import io.undertow.util.HeaderMap;

/** Undertow's request and response, as far as the case needs them. */
public interface HttpServerExchange {
  HeaderMap getRequestHeaders();

  HeaderMap getResponseHeaders();

  Sender getResponseSender();

  Cookie getRequestCookie(String name);

  HttpServerExchange setResponseCookie(Cookie cookie);
}
