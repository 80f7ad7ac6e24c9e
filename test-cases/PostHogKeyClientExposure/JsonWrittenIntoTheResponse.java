import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;

/** JSON that a mapper writes into the response's writer or stream is the response body. */
public class JsonWrittenIntoTheResponse extends HttpServlet {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Jsonb JSONB = JsonbBuilder.create();
  private final String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
  private final String projectApiKey = System.getenv("POSTHOG_PROJECT_API_KEY");

  record Bundle(String project, String key) {}

  record KeyStatus(String personalApiKey, boolean configured) {}

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.setContentType("application/json");
    MAPPER.writeValue(response.getWriter(), new Bundle("web", personalApiKey)); // Noncompliant
    MAPPER.writerWithDefaultPrettyPrinter().writeValue(response.getOutputStream(), Map.of("key", personalApiKey)); // Noncompliant
    MAPPER.writeValue(response.getWriter(), new Bundle("web", projectApiKey));
    StringWriter kept = new StringWriter();
    MAPPER.writeValue(kept, new Bundle("web", personalApiKey));
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    // a record in a local shows what it was built from, whatever its components are named
    KeyStatus status = new KeyStatus(mask(personalApiKey), personalApiKey != null);
    MAPPER.writeValue(response.getWriter(), status);
    KeyStatus raw = new KeyStatus(personalApiKey, true);
    MAPPER.writeValue(response.getOutputStream(), raw); // Noncompliant
  }

  private static String mask(String key) {
    return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
  }

  @Override
  protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.getWriter().write(JSONB.toJson(new KeyStatus(personalApiKey, true))); // Noncompliant
    response.getWriter().write(JSONB.toJson(new KeyStatus(mask(personalApiKey), true)));
  }
}
