import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;

/** A javax request wrapper that caches headers: its getHeader(name) gives the one named. */
public class LegacyRequestWrappers extends HttpServletRequestWrapper {
  private static final Logger LOG = Logger.getLogger("wrappers");
  private final Map<String, String> cached = new HashMap<>();

  public LegacyRequestWrappers(HttpServletRequest request) {
    super(request);
    java.util.Enumeration<String> names = request.getHeaderNames();
    while (names.hasMoreElements()) {
      String name = names.nextElement();
      cached.put(name, request.getHeader(name));
    }
  }

  @Override
  public String getHeader(String name) {
    return cached.get(name);
  }

  void trace() {
    LOG.info("accepts " + getHeader("Accept"));
    LOG.info("credentials " + getHeader("Authorization")); // Noncompliant
  }
}
