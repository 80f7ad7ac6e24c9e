package feign;

import java.util.Collection;
import java.util.Map;

/** Feign's request being built, as far as the case needs it. */
public final class RequestTemplate {
  public native RequestTemplate header(String name, String... values);

  public native String method();

  public native Map<String, Collection<String>> headers();
}
