/** Key-like text of the wrong length, glued to other words, or joined with unknown values. */
public class NotQuiteKeys {
  static final String TOO_SHORT = "phx_GftAWFIWFbso5NrTNepFBzSCeHATJg8aEOSLUkzs";
  static final String TOO_LONG = "phx_vznN41nTS27KlqTKdA8NhPzrJPbn8oHEAAuPF0LXenfgD1W8z6";
  static final String OAUTH_TOO_LONG = "pha_alX89Uk5Myqc42g4FJv05ix1LcFt952TyKP7ddtaDgV2KHq8Zr";
  static final String GLUED_BEFORE = "xphx_aWFeOgd23eOp1ARVjVEeNJPXGyijpXUwIL8tuPmXyNc";
  static final String GLUED_AFTER = "phx_aWFeOgd23eOp1ARVjVEeNJPXGyijpXUwIL8tuPmXyNc_v2";
  static final String OTHER_VENDOR = "sk_live_aWFeOgd23eOp1ARVjVEeNJPXGyijpXUwIL8tuPmXyNc";
  static final String UPPER_PREFIX = "PHX_aWFeOgd23eOp1ARVjVEeNJPXGyijpXUwIL8tuPmXyNc";

  static final String BODY = "aWFeOgd23eOp1ARVjVEeNJPXGyijpXUwIL8tuPmXyNc";

  String fromEnvironment() {
    return "phx_" + System.getenv("POSTHOG_PERSONAL_API_KEY_BODY");
  }

  String fromParameter(String suffix) {
    return "phx_" + suffix;
  }

  String shadowed(String BODY) {
    return "phx_" + BODY;
  }

  int arithmetic() {
    return 'p' + 'h';
  }

  boolean tokenCount(String tokenizer) {
    String apiKeyHeaderName = "X-PostHog-Personal-Api-Key";
    return tokenizer.contains(apiKeyHeaderName);
  }
}
