import org.springframework.stereotype.Controller;

/** Classes named like the web APIs, of another package: not the browser. */
@Controller
public class SameNamesFromOtherPackages {
  interface Model {
    Model addAttribute(String name, Object value);
  }

  interface HttpServletResponse {
    void setHeader(String name, String value);
  }

  static class ResponseEntity {
    static String ok(String body) {
      return body;
    }
  }

  private final String personalKey = System.getenv("POSTHOG_PERSONAL_API_KEY");

  void render(Model model, HttpServletResponse response) {
    model.addAttribute("key", personalKey);
    response.setHeader("X-Key", personalKey);
    ResponseEntity.ok(personalKey);
  }
}
