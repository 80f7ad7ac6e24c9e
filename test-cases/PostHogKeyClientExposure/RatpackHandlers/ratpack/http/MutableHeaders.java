package ratpack.http;

public interface MutableHeaders extends Headers {
  MutableHeaders add(CharSequence name, Object value);

  MutableHeaders set(CharSequence name, Object value);
}
