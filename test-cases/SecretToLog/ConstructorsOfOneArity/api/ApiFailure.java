package api;

/**
 * Two constructors of three parameters: the first takes the settings and hands the second the
 * answer it shows in its {@code toString()}; the settings never reach a field.
 */
public class ApiFailure extends RuntimeException {
  private final String answer;
  private final String body;

  public ApiFailure(ClientSettings settings, String answer, String body) {
    this(answer, body, settings.isStrict());
  }

  public ApiFailure(String answer, String body, boolean strict) {
    super("the API refused the call");
    this.answer = answer;
    this.body = body;
  }

  @Override
  public String toString() {
    return "ApiFailure(answer=" + answer + ", body=" + body + ")";
  }
}
