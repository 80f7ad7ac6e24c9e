package io.github.posthogguard.config;

import io.github.posthogguard.analyzer.TextClues;
import io.github.posthogguard.flow.PostHogKeyNames;
import io.github.posthogguard.keys.PostHogKeyType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What an entry's name says it holds, by the same name logic as the Java rules ({@link
 * PostHogKeyNames}), and the front-end build variables that bundlers inline into JavaScript.
 */
final class ConfigNames {
  /** Prefixes of the variables Next.js, Vite, Create React App and Expo put into the bundle. */
  static final List<String> FRONT_END_PREFIXES =
      List.of("NEXT_PUBLIC_", "VITE_", "REACT_APP_", "EXPO_PUBLIC_");

  /** The key a name asks for. */
  enum Role {
    /** A personal API key or a project secret key: {@code POSTHOG_PERSONAL_API_KEY}. */
    SECRET_KEY,
    /** The public project key: {@code POSTHOG_API_KEY}, {@code posthog.api-key}. */
    PROJECT_KEY,
    NONE
  }

  private ConfigNames() {}

  static Role roleOf(String name) {
    if (name.isEmpty()) {
      return Role.NONE;
    }
    if (PostHogKeyNames.isSecretKeyName(name)) {
      return Role.SECRET_KEY;
    }
    return isProjectKeyName(normalized(name)) ? Role.PROJECT_KEY : Role.NONE;
  }

  /**
   * A name that ends in the project key's words: {@code projectApiKey}, {@code POSTHOG_API_KEY},
   * {@code NEXT_PUBLIC_POSTHOG_KEY}, {@code posthog.token}. Stricter than the Java rules' reading,
   * as a config name is a whole path: {@code posthog.admin-key} asks for no project key.
   */
  private static boolean isProjectKeyName(String words) {
    if (words.contains("personal") || words.contains("secret") || words.contains("secure")) {
      return false;
    }
    if (words.endsWith("projectapikey")
        || words.endsWith("projectkey")
        || words.endsWith("projecttoken")) {
      return true;
    }
    return words.contains("posthog")
        && (words.endsWith("apikey")
            || words.endsWith("posthogkey")
            || words.endsWith("posthogtoken")
            || words.endsWith("apitoken"));
  }

  /**
   * The name of a secret key an entry's value is set from ({@code POSTHOG_API_KEY:
   * ${POSTHOG_PERSONAL_API_KEY}}): wherever that variable is set, the entry gets it.
   */
  static Optional<String> secretKeyReferencedBy(ConfigEntry entry) {
    return entry.placeholders().stream()
        .map(Placeholder::name)
        .filter(name -> roleOf(name) == Role.SECRET_KEY)
        .findFirst();
  }

  /** The kind of secret key a {@link Role#SECRET_KEY} name asks for. */
  static PostHogKeyType secretKeyTypeOf(String name) {
    return normalized(name).contains("personal")
        ? PostHogKeyType.PERSONAL_API_KEY
        : PostHogKeyType.PROJECT_SECRET_KEY;
  }

  /** The front-end prefix the name's last segment starts with, or null. */
  static String frontEndPrefix(String name) {
    String leaf = leaf(name);
    for (String prefix : FRONT_END_PREFIXES) {
      if (leaf.startsWith(prefix) && leaf.length() > prefix.length()) {
        return prefix;
      }
    }
    return null;
  }

  /**
   * The Java member that a configuration holder binds an entry of several words to by its leaf
   * ({@code flagSyncKey} for {@code sync.flag-sync-key}, {@code flag_sync_key} or {@code
   * flagSyncKey}); none for a leaf of one word, which names too many members.
   */
  static Optional<String> memberName(String name) {
    String leaf = leaf(name);
    String[] words = leaf.split("[-_]");
    if (words.length < 2) {
      // written as the member is (flagSyncKey), or one word
      return leaf.chars().anyMatch(Character::isUpperCase) ? Optional.of(leaf) : Optional.empty();
    }
    StringBuilder member = new StringBuilder();
    for (String word : words) {
      if (!word.isEmpty()) {
        String lower = word.toLowerCase(Locale.ROOT);
        member.append(
            member.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
      }
    }
    return Optional.of(member.toString());
  }

  static String leaf(String name) {
    return name.substring(name.lastIndexOf('.') + 1);
  }

  /**
   * Lower-case letters and digits only: {@code posthog.personal-api-key} = {@code
   * POSTHOG_PERSONAL_API_KEY}.
   */
  static String normalized(String name) {
    return TextClues.wordsOf(name);
  }
}
