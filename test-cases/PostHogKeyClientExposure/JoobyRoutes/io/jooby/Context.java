package io.jooby;

/** A Jooby request and response, as far as the case needs it. */
public interface Context {
  Context setResponseCode(int code);

  Context setResponseHeader(String name, String value);

  Context setResponseCookie(Cookie cookie);

  Context render(Object value);

  Context send(String data);

  Context sendRedirect(String location);

  Context sendRedirect(StatusCode code, String location);

  String getRequestPath();
}
