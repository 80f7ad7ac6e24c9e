package io.github.posthogguard.flow;

import io.github.posthogguard.analyzer.TextClues;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a variable, field, parameter, getter or configuration key is named for a secret. Starts
 * from CodeQL's sensitive-information heuristic (password, secret, token …, with its exclusions),
 * adds what it misses (api keys, private/signing/access keys, credentials, bearer, authorization,
 * session ids), and drops names that only speak about a secret: {@code tokenCount}, {@code
 * passwordPolicy}, {@code secretName}, {@code apiKeyHeaderName}, {@code isTokenValid} …
 */
public final class SensitiveNames {
  private static final Set<String> SECRET_WORDS =
      Set.of(
          "password",
          "passwords",
          "passwd",
          "passphrase",
          "pwd",
          "passcode",
          "secret",
          "secrets",
          "token",
          "tokens",
          "credential",
          "credentials",
          "creds",
          "bearer",
          "authorization",
          "apikey",
          "apikeys",
          "privatekey",
          "jsessionid",
          "sessionid");

  /** The word before "key" that makes a key a secret. */
  private static final Set<String> SECRET_KEY_KINDS =
      Set.of(
          "api",
          "private",
          "secret",
          "secure",
          "access",
          "signing",
          "encryption",
          "personal",
          "master",
          "hmac",
          "me"); // rememberMeKey: the key a remember-me cookie is signed with

  /**
   * A word right after a secret word that says the name holds something said of the secret, not the
   * secret, wherever it stands ({@code authorizationDetailEntries}, {@code tokenTypeHint}).
   */
  private static final Set<String> DESCRIBES =
      Set.of(
          "detail",
          "details",
          "policy",
          "policies",
          "type",
          "types",
          "kind",
          "label",
          "description",
          "version",
          "length",
          "size",
          "count");

  /** A last word that says the name holds something about a secret, not the secret. */
  private static final Set<String> NOT_A_VALUE =
      Set.of(
          "name",
          "names",
          "id",
          "ids",
          "arn",
          "ref",
          "resource",
          "identifier",
          "identifiers",
          "image",
          "detail",
          "details",
          "acr",
          "amr",
          "action",
          "period",
          "path",
          "file",
          "type",
          "kind",
          "label",
          "description",
          "version",
          "policy",
          "policies",
          "length",
          "size",
          "count",
          "min",
          "max",
          "minimum",
          "maximum",
          "len",
          "bits",
          "index",
          "position",
          "offset",
          "pattern",
          "regex",
          "format",
          "prefix",
          "suffix",
          "url",
          "uri",
          "endpoint",
          "bucket",
          "rate",
          "delimiter",
          "separator",
          "number",
          "class",
          "style",
          "expiry",
          "expiration",
          "expires",
          "expired",
          "ttl",
          "timeout",
          "lifetime",
          "age",
          "hash",
          "hashed",
          "digest",
          "encrypted",
          "masked",
          "redacted",
          "fingerprint",
          "hint",
          "prompt",
          "question",
          "validator",
          "encoder",
          "generator",
          "provider",
          "manager",
          "store",
          "factory",
          "service",
          "properties",
          "field",
          "param",
          "parameter",
          "attribute",
          "strength",
          "rules",
          "types",
          "kinds",
          "builder",
          "builders",
          "parser",
          "reader",
          "writer",
          "handler",
          "processor",
          "converter",
          "resolver",
          "filter",
          "strategy",
          "support",
          "utils",
          "util",
          "exception",
          "request",
          "response",
          "requirements",
          "changed",
          "attempts",
          "required",
          "enabled",
          "disabled",
          "visible",
          "valid",
          "invalid",
          "set",
          "exists",
          "present",
          "location",
          "source",
          "template",
          "placeholder",
          "mask",
          "listener",
          "event",
          "map",
          "spec",
          "alias",
          "reset",
          // What a token is about, not the token: who issued it, for whom, how it is signed.
          "issuer",
          "audience",
          "algorithm",
          "algorithms",
          "alg",
          "enc",
          "algs",
          "nonce",
          "azp",
          "scheme",
          "schemes",
          "method",
          "methods",
          "mode",
          "modes",
          "scope",
          "scopes",
          "status",
          // Names of where a secret lives, not of the secret: a header's or a property's name.
          "property",
          "prop",
          "env",
          "var",
          "variable",
          "column",
          "option",
          "arg",
          "argument",
          // Text about a secret: messages, labels, errors.
          "msg",
          "message",
          "messages",
          "text",
          "error",
          "warning",
          "title",
          "tooltip",
          "usage");

  /** A word anywhere that says the value was made safe (CodeQL drops these names too). */
  private static final Set<String> MADE_SAFE =
      Set.of(
          "masked",
          "hashed",
          "encrypted",
          "redacted",
          "obfuscated",
          "crypt",
          "hash",
          "digest",
          "sha",
          "sha256",
          "md5",
          "fingerprint",
          "without"); // lineWithoutPassword: what is left once the secret is cut off

  /**
   * Kinds of session whose id logs in no one: a WebSocket's, a messaging or a TLS connection's (an
   * HTTP session's id is the session cookie's value).
   */
  private static final Set<String> OTHER_SESSIONS =
      Set.of(
          "ws",
          "websocket",
          "socket",
          "stomp",
          "jms",
          "kafka",
          "amqp",
          "mqtt",
          "ssl",
          "tls",
          "ssh",
          "sftp",
          "zk",
          "zookeeper",
          "provider",
          "simp");

  /**
   * A word that says the secret is absent: a message or a flag about it ({@code noPersonalKey}, a
   * Jenkins localizer's {@code Settings_NoPersonalKey()}, {@code TOKEN_NOT_SET}).
   */
  private static final Set<String> ABSENT = Set.of("no", "not", "without");

  /** A first word that makes the name a predicate or an action. */
  private static final Set<String> NOT_A_VALUE_START =
      Set.of(
          "is",
          "has",
          "can",
          "should",
          "must",
          "needs",
          "requires",
          "use",
          "uses",
          "allow",
          "validate",
          "check",
          "verify",
          "mask",
          "redact",
          "hash",
          "count",
          "num");

  /**
   * Words before "token" in names of paging cursors and of a parser's or a type system's tokens
   * (Guava's and Gson's {@code TypeToken}, Jackson's {@code JsonToken}), which are no secrets.
   */
  private static final Set<String> CURSOR_WORDS =
      Set.of(
          "next",
          "previous",
          "prev",
          "current",
          "page",
          "continuation",
          "cursor",
          "sync",
          "csrf",
          "xsrf",
          "lexer",
          "parser",
          "type",
          "json",
          "lock",
          "mime",
          "grammar",
          "syntax",
          "pattern",
          "format",
          "word",
          "string");

  /** Every secret name spells one of these in {@link TextClues#words()} (a prefilter's view). */
  private static final List<String> CLUES =
      java.util.stream.Stream.concat(
              SECRET_WORDS.stream(), SECRET_KEY_KINDS.stream().map(kind -> kind + "key"))
          .sorted()
          .toList();

  private SensitiveNames() {}

  /**
   * Whether the file may name a secret: false only when no identifier, string or comment of it
   * spells a secret word, a secret kind of key or one of the team's {@code extraWords}.
   */
  public static boolean mayAppearIn(TextClues clues, Set<String> extraWords) {
    return clues.hasAnyWord(CLUES) || clues.hasAnyWord(extraWords);
  }

  public static boolean isSecret(String name) {
    return isSecret(Words.of(name), Set.of());
  }

  /** With a team's own secret words (lower case) added to the built-in ones. */
  public static boolean isSecret(String name, Set<String> extraWords) {
    return isSecret(Words.of(name), extraWords);
  }

  /**
   * Whether a configuration key names a secret. A key's last word also names where the secret
   * travels: {@code security.api-key-header} holds the header's name ({@code X-Api-Key}), where a
   * Java variable {@code authHeader} usually holds the header's value.
   */
  public static boolean isSecretConfigKey(String key, Set<String> extraWords) {
    return !namesACarrier(key) && isSecret(Words.of(key), extraWords);
  }

  /**
   * Whether a configuration key names the header, cookie or claim a secret travels in: what it
   * holds is a name, whatever the variable it is injected into is called.
   */
  public static boolean namesACarrier(String key) {
    List<String> words = Words.of(key);
    return !words.isEmpty() && CONFIG_KEY_NAMES_A_CARRIER.contains(words.get(words.size() - 1));
  }

  /** A configuration key's last word that says it names the carrier of a secret. */
  private static final Set<String> CONFIG_KEY_NAMES_A_CARRIER =
      Set.of("header", "headers", "cookie", "cookies", "claim", "attribute");

  /**
   * Whether a name only speaks about a value: its last word says what of it ({@code
   * personalKeyHint}, {@code apiKeyLength}, {@code secretName}), a word says it was made safe
   * ({@code maskedPersonalKey}), or its first word asks a question ({@code hasPersonalKey}).
   */
  public static boolean speaksAbout(String name) {
    return speaksAbout(Words.of(name));
  }

  static boolean speaksAbout(List<String> words) {
    return !words.isEmpty()
        && (words.stream().anyMatch(w -> MADE_SAFE.contains(w) || ABSENT.contains(w))
            || NOT_A_VALUE.contains(words.get(words.size() - 1))
            || NOT_A_VALUE_START.contains(words.get(0)));
  }

  static boolean isSecret(List<String> words, Set<String> extraWords) {
    if (words.isEmpty()) {
      return false;
    }
    String joined = String.join("", words);
    if (joined.contains("tokeniz")
        || isPublicKeyName(words)
        || words.stream().anyMatch(w -> MADE_SAFE.contains(w) || ABSENT.contains(w))) {
      return false;
    }
    String last = words.get(words.size() - 1);
    if ((last.equals("key") || last.equals("keys"))
        && words.size() >= 2
        && !SECRET_KEY_KINDS.contains(words.get(words.size() - 2))) {
      return false; // passwordKey, TOKEN_KEY: the key a secret is stored under
    }
    boolean sessionId =
        last.equals("id") && words.size() >= 2 && words.get(words.size() - 2).equals("session");
    if (sessionId && words.size() >= 3 && OTHER_SESSIONS.contains(words.get(words.size() - 3))) {
      return false; // wsSessionId, jmsSessionId: no login's session
    }
    if (NOT_A_VALUE_START.contains(words.get(0)) || (NOT_A_VALUE.contains(last) && !sessionId)) {
      return false;
    }
    if (sessionId) {
      return true;
    }
    if ((last.equals("config") || last.equals("configuration"))
        && words.size() >= 2
        && words.get(words.size() - 2).equals("jaas")) {
      return true; // sasl.jaas.config: a JAAS login module's line, with its password
    }
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (extraWords.contains(word)) {
        return true;
      }
      if (SECRET_WORDS.contains(word)) {
        if ((word.startsWith("token")) && i > 0 && CURSOR_WORDS.contains(words.get(i - 1))) {
          continue;
        }
        if (i + 1 < words.size() && DESCRIBES.contains(words.get(i + 1))) {
          return false; // authorizationDetailEntries, passwordPolicyRules: what is said of it
        }
        return true;
      }
      if ((word.equals("key") || word.equals("keys"))
          && i > 0
          && SECRET_KEY_KINDS.contains(words.get(i - 1))) {
        return true;
      }
    }
    return extraWords.stream().anyMatch(w -> w.length() > 3 && joined.contains(w));
  }

  /** Names of PostHog's public project key, and public or publishable keys in general. */
  private static boolean isPublicKeyName(List<String> words) {
    if (words.contains("public")
        || words.contains("publishable")
        || words.contains("project") && !words.contains("secret")) {
      return true;
    }
    return PostHogKeyNames.isProjectKeyName(words);
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
