package app;

import java.io.IOException;
import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.api.SlingHttpServletResponse;

/** A Sling servlet's response is a servlet response: its redirect and body reach the browser. */
public class FlagConsoleServlet {
  private final String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");

  protected void doGet(SlingHttpServletRequest request, SlingHttpServletResponse response)
      throws IOException {
    if ("console".equals(request.getParameter("open"))) {
      response.sendRedirect("https://eu.posthog.com/flags?personal_api_key=" + personalApiKey); // Noncompliant
      return;
    }
    response.sendRedirect("https://eu.posthog.com/flags");
  }
}
