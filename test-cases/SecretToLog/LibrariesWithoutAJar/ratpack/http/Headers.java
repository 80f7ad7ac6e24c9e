package ratpack.http;

public interface Headers {
  String get(CharSequence name);
}
