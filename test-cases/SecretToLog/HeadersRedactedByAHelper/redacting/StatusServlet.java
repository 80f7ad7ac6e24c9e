package redacting;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Dumps the request's headers through the helpers of HeaderRedactor (another file). */
public class StatusServlet extends HttpServlet {
  private static final Logger log = LoggerFactory.getLogger(StatusServlet.class);

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
    for (String name : Collections.list(req.getHeaderNames())) {
      log.trace("header {}: {}", name, HeaderRedactor.headerValueForLog(name, req.getHeader(name)));
      log.trace("header {}: {}", name, HeaderRedactor.masked(name, req.getHeader(name)));
      log.trace("header {}: {}", name, HeaderRedactor.firstNonBlank(req.getHeader(name), "-")); // Noncompliant
      log.trace("header {}: {}", name, shown(name, req.getHeader(name)));
    }
    log.info("credential check with {}", HeaderRedactor.firstNonBlank(req.getHeader("Authorization"), "<none>")); // Noncompliant
  }

  private static String shown(String name, String value) {
    return name.equalsIgnoreCase("authorization") ? "<hidden>" : value;
  }
}
