package app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A token endpoint's answer read here, by a method named for no one: the local's name says whose
 * token it keeps.
 */
public class CallbackServlet extends HttpServlet {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    JsonNode answer = MAPPER.readTree(exchange(request.getParameter("code")));
    String posthogAccessToken = answer.get("access_token").asText();
    response.addCookie(new Cookie("ph_oauth", posthogAccessToken)); // Noncompliant
    String githubAccessToken = answer.get("access_token").asText();
    response.addCookie(new Cookie("gh_oauth", githubAccessToken));
  }

  private String exchange(String code) {
    return "{}";
  }
}
