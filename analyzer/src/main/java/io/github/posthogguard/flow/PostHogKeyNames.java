package io.github.posthogguard.flow;

import io.github.posthogguard.analyzer.TextClues;
import io.github.posthogguard.keys.PostHogKeyType;
import java.util.List;
import java.util.Optional;

/**
 * Names that mark a PostHog personal or secret key (an environment variable, a property, a getter):
 * they contain "personal api key", or "posthog" and "secret key" or "secure api key", or "feature
 * flags secure (api) key" or "secret api token" (PostHog's own names), joined by dots, underscores,
 * dashes or nothing; a getter named for a personal API key counts wherever it is declared. Names of
 * the public project key never do.
 */
public final class PostHogKeyNames {
  private PostHogKeyNames() {}

  /**
   * Whether a PostHog secret key name may appear in the file, read as {@link TextClues#words()}.
   */
  public static boolean mayAppearIn(TextClues clues) {
    if (clues.hasWord("personalapikey")
        || clues.hasWord("personalkey")
        || clues.hasWord("flagssecure")
        || clues.hasWord("secureflag")
        || clues.hasWord("secretapitoken")) {
      return true;
    }
    return clues.hasWord("posthog")
        && (clues.hasWord("secretkey")
            || clues.hasWord("secretapikey")
            || clues.hasWord("featureflagssecureapikey")
            || clues.hasWord("secureapikey")
            // an OAuth token a PostHog-named client or holder hands out
            || clues.hasWord("accesstoken")
            || clues.hasWord("refreshtoken"));
  }

  /**
   * The kind of PostHog secret key a name says it holds: a personal API key ({@code
   * POSTHOG_PERSONAL_API_KEY}, {@code personalApiKey}), or a project secret key ({@code
   * POSTHOG_PROJECT_SECRET_KEY}, {@code posthog.secret-key}, {@code
   * POSTHOG_FEATURE_FLAGS_SECURE_API_KEY}); empty for any other name.
   */
  public static Optional<PostHogKeyType> secretKeyType(String name) {
    List<String> words = Words.of(name);
    if (SensitiveNames.speaksAbout(words)) {
      return Optional.empty(); // personalKeyHint, maskedPersonalApiKey, hasPersonalApiKey
    }
    String joined = String.join("", words);
    if (joined.contains("personalapikey") || joined.contains("personalkey")) {
      return Optional.of(PostHogKeyType.PERSONAL_API_KEY);
    }
    if (joined.contains("posthog")) {
      Optional<PostHogKeyType> oauth = oauthTokenType(name);
      if (oauth.isPresent()) {
        return oauth; // POSTHOG_OAUTH_ACCESS_TOKEN, posthogRefreshToken
      }
    }
    // "feature flags secure API key" and the project API's "secret_api_token" are PostHog's own
    // names for it; a secret key is anyone's
    return namesProjectSecret(joined)
            && (joined.contains("posthog")
                || joined.contains("flagssecure")
                || namesFlagsSecureKey(joined)
                || joined.contains("secretapitoken"))
        ? Optional.of(PostHogKeyType.PROJECT_SECRET_KEY)
        : Optional.empty();
  }

  /**
   * The OAuth token a name says it is ({@code accessToken}, {@code refresh_token}), of any service.
   */
  public static Optional<PostHogKeyType> oauthTokenType(String name) {
    List<String> words = Words.of(name);
    if (SensitiveNames.speaksAbout(words)) {
      return Optional.empty();
    }
    String joined = String.join("", words);
    if (joined.endsWith("accesstoken")) {
      return Optional.of(PostHogKeyType.OAUTH_ACCESS_TOKEN);
    }
    return joined.endsWith("refreshtoken")
        ? Optional.of(PostHogKeyType.OAUTH_REFRESH_TOKEN)
        : Optional.empty();
  }

  /** Whether a name says it is an OAuth token of that kind ({@code access_token}), anyone's. */
  public static boolean namesOAuthToken(String name, PostHogKeyType type) {
    return oauthTokenType(name).filter(type::equals).isPresent();
  }

  /** Whether a name is a project key's ({@code POSTHOG_API_KEY}, {@code projectApiKey}). */
  public static boolean isProjectKeyName(String name) {
    return isProjectKeyName(Words.of(name)) && secretKeyType(name).isEmpty();
  }

  /**
   * Whether a name says it is the project key and nothing else: {@code POSTHOG_API_KEY}, {@code
   * posthog.project-api-key}, {@code projectToken}; not a looser one ({@code posthog_key}).
   */
  public static boolean namesTheProjectKey(String name) {
    String joined = String.join("", Words.of(name));
    return isProjectKeyName(name)
        && (joined.contains("projectapikey")
            || joined.contains("projectkey")
            || joined.contains("projecttoken")
            || joined.endsWith("posthogapikey"));
  }

  public static boolean isSecretKeyName(String name) {
    return secretKeyType(name).isPresent();
  }

  /** A project secret key's words: secret key, secret API key, (feature flags) secure (API) key. */
  private static boolean namesProjectSecret(String joined) {
    return joined.contains("secretkey")
        || joined.contains("secretapikey")
        || joined.contains("secretapitoken")
        || joined.contains("secureapikey")
        || joined.contains("securekey")
        || namesFlagsSecureKey(joined);
  }

  /**
   * The feature-flags secure key in other words: {@code secureFlagsKey}, {@code secure-flag-key}.
   */
  private static boolean namesFlagsSecureKey(String joined) {
    return joined.contains("secureflag")
        && !joined.contains("insecureflag")
        && (joined.endsWith("key") || joined.endsWith("token"));
  }

  static boolean isProjectKeyName(List<String> words) {
    String joined = String.join("", words);
    if (joined.contains("personal") || joined.contains("secret") || joined.contains("secure")) {
      return false;
    }
    return joined.contains("projectapikey")
        || joined.contains("projectkey")
        || joined.contains("projecttoken")
        || (joined.contains("posthog")
            && (joined.endsWith("apikey") || joined.endsWith("key") || joined.endsWith("token")));
  }
}
