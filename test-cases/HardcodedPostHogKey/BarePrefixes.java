import java.util.regex.Pattern;

/** Code that speaks about key prefixes without holding a key. */
public class BarePrefixes {
  static final String PERSONAL_PREFIX = "phx_";
  static final Pattern PERSONAL_KEY = Pattern.compile("phx_[A-Za-z0-9]{41,49}");
  static final Pattern ANY_SECRET = Pattern.compile("\\bph[xsar]_[0-9A-Za-z]+\\b");

  boolean isPersonalKey(String key) {
    return key.startsWith("phx_") || key.startsWith(PERSONAL_PREFIX);
  }

  String explain(String key) {
    return switch (key.substring(0, 4)) {
      case "phx_" -> "Personal API keys start with phx_ and must stay on the server";
      case "phs_" -> "Project secret keys start with phs_";
      case "phc_" -> "Project keys start with phc_ and are public";
      default -> "Not a PostHog key";
    };
  }

  String masked(String key) {
    return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
  }
}
