package app;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A request that keeps a copy of every header: its getHeader(name) still gives the one named. */
public class ForwardedRequest extends HttpServletRequestWrapper {
  private final Map<String, List<String>> headers = new HashMap<>();

  public ForwardedRequest(HttpServletRequest request) {
    super(request);
    Enumeration<String> names = request.getHeaderNames();
    while (names.hasMoreElements()) {
      String name = names.nextElement();
      headers.put(name, Collections.list(request.getHeaders(name)));
    }
  }

  @Override
  public String getHeader(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  @Override
  public long getDateHeader(String name) {
    String value = getHeader(name);
    if (value == null) {
      return -1;
    }
    try {
      return java.time.Instant.parse(value).toEpochMilli();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(value);
    }
  }
}
