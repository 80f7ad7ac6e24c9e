package jsonwriter;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The public bootstrap: the project key only, written by the shared writer. */
public class BootstrapServlet extends HttpServlet {
  record PublicView(String projectKey) {}

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String projectKey = System.getenv("POSTHOG_PROJECT_API_KEY");
    response.getWriter().write(Json.write(new PublicView(projectKey)));
  }
}
