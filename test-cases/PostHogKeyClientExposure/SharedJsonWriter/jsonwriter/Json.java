package jsonwriter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * One JSON writer for every response of the app: what one caller gives it is in that caller's
 * response only, in this file and in others.
 */
public final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  record ErrorBody(String error, String detail) {}

  private Json() {}

  public static void refused(HttpServletResponse response, SyncRefused e) throws IOException {
    response.getWriter().write(write(new ErrorBody("refused", e.getMessage()))); // Noncompliant
  }

  public static void notFound(HttpServletResponse response) throws IOException {
    response.getWriter().write(write(new ErrorBody("not_found", "no such flag")));
  }

  public static String write(Object body) {
    try {
      return MAPPER.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      return "{}";
    }
  }
}
