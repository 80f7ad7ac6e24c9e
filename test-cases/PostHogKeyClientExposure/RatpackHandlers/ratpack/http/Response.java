package ratpack.http;

import io.netty.handler.codec.http.cookie.Cookie;

public interface Response {
  MutableHeaders getHeaders();

  Cookie cookie(String name, String value);

  Response status(int code);

  void send(String text);

  void send(String contentType, String body);
}
