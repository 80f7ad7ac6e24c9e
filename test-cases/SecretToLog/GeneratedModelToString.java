import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A model OpenAPI Generator writes: its toString() hands each field to a helper that indents it,
 * which returns what each call gives it. The key field shows; an enum and a number do not.
 */
public class GeneratedModelToString {
  private static final Logger log = LoggerFactory.getLogger(GeneratedModelToString.class);

  enum TokenType {
    BEARER,
    BASIC
  }

  static class ProjectConnection {
    private String projectId;
    private String personalApiKey;

    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder();
      sb.append("class ProjectConnection {\n");
      sb.append("    projectId: ").append(toIndentedString(projectId)).append("\n");
      sb.append("    personalApiKey: ").append(toIndentedString(personalApiKey)).append("\n");
      sb.append("}");
      return sb.toString();
    }

    private String toIndentedString(Object o) {
      if (o == null) {
        return "null";
      }
      return o.toString().replace("\n", "\n    ");
    }
  }

  static class TokenInfo {
    private TokenType tokenType;
    private long sessionId;

    @Override
    public String toString() {
      return "class TokenInfo {\n    tokenType: " + toIndentedString(tokenType) + "\n    sessionId: "
          + toIndentedString(sessionId) + "\n}";
    }

    private String toIndentedString(Object o) {
      return o == null ? "null" : o.toString().replace("\n", "\n    ");
    }
  }

  void connect(ProjectConnection connection, TokenInfo token) {
    log.debug("Connect request: {}", connection); // Noncompliant
    log.debug("Token: {}", token);
  }
}
