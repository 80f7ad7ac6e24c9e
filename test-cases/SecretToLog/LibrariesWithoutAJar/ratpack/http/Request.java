package ratpack.http;

public interface Request {
  Headers getHeaders();

  String oneCookie(String name);

  String getUri();
}
