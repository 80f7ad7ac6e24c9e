package io.github.posthogguard.flow;

import io.github.posthogguard.analyzer.TextClues;
import java.util.List;

/**
 * Names that mark a PostHog personal or secret key (an environment variable, a property, a getter):
 * they contain "posthog" and "personal api key", "secret key" or "feature flags secure api key",
 * joined by dots, underscores, dashes or nothing; a getter named for a personal API key counts
 * wherever it is declared. Names of the public project key never do.
 */
public final class PostHogKeyNames {
  private PostHogKeyNames() {}

  /**
   * Whether a PostHog secret key name may appear in the file, read as {@link TextClues#words()}.
   */
  public static boolean mayAppearIn(TextClues clues) {
    if (clues.hasWord("personalapikey") || clues.hasWord("personalkey")) {
      return true;
    }
    return clues.hasWord("posthog")
        && (clues.hasWord("secretkey")
            || clues.hasWord("secretapikey")
            || clues.hasWord("featureflagssecureapikey"));
  }

  public static boolean isSecretKeyName(String name) {
    List<String> words = Words.of(name);
    String joined = String.join("", words);
    boolean personal = joined.contains("personalapikey") || joined.contains("personalkey");
    boolean secret =
        joined.contains("secretkey")
            || joined.contains("secretapikey")
            || joined.contains("featureflagssecureapikey");
    if (joined.contains("posthog")) {
      return personal || secret;
    }
    return personal;
  }

  static boolean isProjectKeyName(List<String> words) {
    String joined = String.join("", words);
    if (joined.contains("personal") || joined.contains("secret")) {
      return false;
    }
    return joined.contains("projectapikey")
        || joined.contains("projectkey")
        || joined.contains("projecttoken")
        || (joined.contains("posthog")
            && (joined.endsWith("apikey") || joined.endsWith("key") || joined.endsWith("token")));
  }
}
