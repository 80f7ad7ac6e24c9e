package jsonwriter;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The admin page's settings, with the secure key, written by the shared writer. */
public class AdminServlet extends HttpServlet {
  record AdminView(String projectKey, String flagsKey) {}

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    AdminView view =
        new AdminView(
            System.getenv("POSTHOG_PROJECT_API_KEY"),
            System.getenv("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY"));
    response.getWriter().write(Json.write(view)); // Noncompliant
  }
}
