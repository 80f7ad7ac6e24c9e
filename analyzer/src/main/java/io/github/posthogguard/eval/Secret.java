package io.github.posthogguard.eval;

import io.github.posthogguard.flow.PostHogKeyNames;
import io.github.posthogguard.keys.PostHogKeyType;
import java.util.Locale;

/**
 * A secret value, as the rules describe it: what kind of secret it is, how the analysis knows it is
 * one, how messages name it, and where it comes from. Never the value itself.
 *
 * @param keyType the PostHog key kind, or null for another secret (a password, a session id)
 * @param provenance how the analysis knows
 * @param name what names it in messages: the masked key, the configuration key, the identifier, the
 *     API ("the session id")
 * @param origin where the value comes from, shown as a secondary location; may be in another file
 */
public record Secret(PostHogKeyType keyType, Provenance provenance, String name, Location origin) {

  /** How the analysis knows a value is a secret. */
  public enum Provenance {
    /** A key written in source: {@code name} is the masked key. */
    LITERAL,
    /** Configuration read under a secret name: {@code name} is the key. */
    CONFIG,
    /** An API that hands out secrets: {@code name} is what it hands out ("the session id"). */
    API,
    /** A variable, field, parameter or getter named for a secret: {@code name} is the name. */
    NAME,
    /** A team's own secret source (option or model file): {@code name} is the method. */
    TEAM,
    /**
     * A sentence built with a secret known by its name, handed to another file's method ({@code
     * audit.record("login failed, password=" + password)}): it travels as that text does; {@code
     * name} is the name.
     */
    TEXT
  }

  public boolean isPostHogKey() {
    return keyType != null;
  }

  /**
   * A secret key a configuration file writes under the project key's name ({@code posthog.api-key:
   * phs_…}): misused there, and reported there; the code that reads the entry reads what it takes
   * for the public project key, so only where it is given as the project key does the misuse show.
   */
  public boolean isWrittenAsTheProjectKey() {
    return provenance == Provenance.CONFIG
        && keyType != null
        && keyType.isSecret()
        && name != null
        && PostHogKeyNames.namesTheProjectKey(name);
  }

  /** Whether the key gives admin access to an organisation: only a personal API key does. */
  public boolean isPersonalKey() {
    return keyType == PostHogKeyType.PERSONAL_API_KEY;
  }

  /** The same secret under another name, as the code reading it spells it. */
  public Secret named(String newName) {
    return new Secret(keyType, provenance, newName, origin);
  }

  /** This secret seen from another place: the same kind and name, another origin. */
  public Secret from(Location newOrigin) {
    return new Secret(keyType, provenance, name, newOrigin);
  }

  /**
   * This secret known by its name, written into a sentence that travels ({@link Provenance#TEXT}).
   */
  public Secret inText() {
    return new Secret(keyType, Provenance.TEXT, name, origin);
  }

  /** The same secret, known as PostHog's key or token of that kind. */
  public Secret as(PostHogKeyType type) {
    return new Secret(type, provenance, name, origin);
  }

  /**
   * Whether a credential of no PostHog kind may be the key or token of that kind that a name says
   * its holder keeps: one an API hands out ({@code getTokenValue()}), or a configuration or JSON
   * entry named for an OAuth token of that kind ({@code json.get("access_token")}).
   */
  public boolean mayBeKeptAs(PostHogKeyType type) {
    return keyType == null
        && (provenance == Provenance.API
            || provenance == Provenance.CONFIG
                && name != null
                && PostHogKeyNames.namesOAuthToken(name, type));
  }

  /**
   * How a message names the secret, starting with a capital: "PostHog personal API key from
   * POSTHOG_PERSONAL_API_KEY", "PostHog project secret key phs_...abcd", "The secret 'password'",
   * "The session id".
   */
  public String describe() {
    String kind = keyType == null ? null : "PostHog " + keyType.displayName();
    String text =
        switch (provenance) {
          case LITERAL -> (kind == null ? "the secret" : kind) + " " + name;
          case CONFIG -> (kind == null ? "the secret" : kind) + " from " + name;
          case API -> kind == null ? name : kind + " from " + name;
          case NAME, TEXT -> kind == null ? "the secret '" + name + "'" : kind + " '" + name + "'";
          case TEAM -> (kind == null ? "the secret" : kind) + " from " + name;
        };
    return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }

  /** What whoever reads it gets: "admin access to your PostHog organisation", "the secret". */
  public String whatLeaks() {
    if (keyType == null) {
      return "the secret";
    }
    return switch (keyType) {
      case PERSONAL_API_KEY -> "admin access to your PostHog organisation";
      case PROJECT_SECRET_KEY -> "your project's feature-flag definitions and secret API access";
      default -> "a PostHog secret";
    };
  }
}
