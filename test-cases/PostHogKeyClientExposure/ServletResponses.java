import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;

/** A personal key written to a servlet response: body, headers, cookies, error page. */
public class ServletResponses extends HttpServlet {
  private final String personalKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
  private final String projectKey = System.getenv("POSTHOG_API_KEY");
  private final String password = System.getenv("DB_PASSWORD");

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.getWriter().write(personalKey); // Noncompliant {{PostHog personal API key from POSTHOG_PERSONAL_API_KEY reaches the browser through the response body: anyone who loads the page gets admin access to your PostHog organisation; keep it on the server}} [[secondary=10]]
    PrintWriter out = response.getWriter();
    out.println("key: " + personalKey); // Noncompliant {{PostHog personal API key from POSTHOG_PERSONAL_API_KEY reaches the browser through the response body: anyone who loads the page gets admin access to your PostHog organisation; keep it on the server}} [[secondary=10]]
    response.getOutputStream().write(personalKey.getBytes()); // Noncompliant {{PostHog personal API key from POSTHOG_PERSONAL_API_KEY reaches the browser through the response body: anyone who loads the page gets admin access to your PostHog organisation; keep it on the server}} [[secondary=10]]
    response.setHeader("X-PostHog-Key", personalKey); // Noncompliant {{PostHog personal API key from POSTHOG_PERSONAL_API_KEY reaches the browser through a response header: anyone who loads the page gets admin access to your PostHog organisation; keep it on the server}} [[secondary=10]]
    response.addHeader("X-PostHog-Key", System.getProperty("posthog.personal.api.key")); // Noncompliant {{PostHog personal API key from posthog.personal.api.key reaches the browser through a response header: anyone who loads the page gets admin access to your PostHog organisation; keep it on the server}} [[secondary=]]
    response.addCookie(new Cookie("ph", personalKey)); // Noncompliant {{PostHog personal API key from POSTHOG_PERSONAL_API_KEY reaches the browser through a cookie (new Cookie()): anyone who loads the page gets admin access to your PostHog organisation; keep it on the server}} [[secondary=10]]
    Cookie cookie = new Cookie("ph", "none");
    cookie.setValue(personalKey); // Noncompliant {{PostHog personal API key from POSTHOG_PERSONAL_API_KEY reaches the browser through a cookie (Cookie.setValue()): anyone who loads the page gets admin access to your PostHog organisation; keep it on the server}} [[secondary=10]]
    response.sendError(500, "bad key " + personalKey); // Noncompliant {{PostHog personal API key from POSTHOG_PERSONAL_API_KEY reaches the browser through an error page: anyone who loads the page gets admin access to your PostHog organisation; keep it on the server}} [[secondary=10]]
    response.sendRedirect("https://eu.posthog.com/insights?personal_api_key=" + personalKey); // Noncompliant {{PostHog personal API key from POSTHOG_PERSONAL_API_KEY reaches the browser through a redirect: anyone who loads the page gets admin access to your PostHog organisation; keep it on the server}} [[secondary=10]]
    response.sendRedirect("/login?next=/flags");

    out.println(projectKey);
    out.println(password);
    out.println(personalKey != null);
    out.println(personalKey.length());
    out.println("phx_..." + personalKey.substring(personalKey.length() - 4));
    response.setHeader("X-Project-Key", projectKey);
    response.addCookie(new Cookie("ph", projectKey));
  }

  // A request attribute the JSP the servlet forwards to renders.
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws jakarta.servlet.ServletException, IOException {
    request.setAttribute("posthogProjectKey", projectKey);
    request.setAttribute("posthogSecureKey", personalKey); // Noncompliant
    request.getRequestDispatcher("/WEB-INF/jsp/integrations.jsp").forward(request, response);
  }

  // Without a forward, an attribute is for the filters and servlets that follow, not a page.
  @Override
  protected void doPut(HttpServletRequest request, HttpServletResponse response) {
    request.setAttribute("posthogPersonalKey", personalKey);
  }
}
