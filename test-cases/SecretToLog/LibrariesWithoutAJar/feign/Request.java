package feign;

import java.util.Collection;
import java.util.Map;

/** Feign's request, as far as the case needs it. */
public final class Request {
  public native String url();

  public native Map<String, Collection<String>> headers();
}
