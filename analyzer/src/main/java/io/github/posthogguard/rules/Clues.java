package io.github.posthogguard.rules;

import io.github.posthogguard.analyzer.TextClues;
import io.github.posthogguard.flow.FlowOptions;
import io.github.posthogguard.flow.PostHogKeyNames;
import io.github.posthogguard.flow.SensitiveNames;
import io.github.posthogguard.keys.PostHogKeys;
import io.github.posthogguard.model.TeamModels;
import java.util.List;

/**
 * What a file's text must hold for a rule to report in it: the rules' prefilters, read before any
 * parsing. Each answer is a superset of what the rule can report (the corpus equality test holds
 * them to that); {@code WordListsTest} holds the API words to the model files.
 */
public final class Clues {
  /**
   * Words every API source of the models that is no configuration lookup spells in its type or
   * method name: a session id, a cookie, a request header, credentials, the whole environment.
   */
  public static final List<String> API_SOURCE_WORDS =
      List.of(
          "session",
          "cookie",
          "header",
          "authorization",
          "credential",
          "password",
          "getenv",
          "logginginterceptor", // an HTTP client's logging switched to every header
          "feign",
          "apigateway", // an API Gateway event: its headers, the caller's API key
          "getsecretvalue",
          "secretmanager", // a secrets manager's answer
          "keyvault", // Azure Key Vault's secrets, imported from com.azure.security.keyvault
          "vaultresponse", // what a HashiCorp Vault path holds (Spring Vault)
          "jline", // a console line read with a mask character, imported from org.jline
          "generatesas", // Azure Storage's shared access signatures
          "generateuserdelegationsas",
          "generateaccountsas",
          "grpc", // gRPC's headers, imported from io.grpc
          "httpfields", // Jetty's header fields, printed whole
          "configretriever", // Vert.x's whole configuration
          "gettokenvalue", // an OAuth2 token's value (Spring Security)
          "tokengeneratedevent", // the token a Micronaut Security event was issued for
          "getencoded", // a private or secret key's material
          "sharedpreferences", // every preference of an Android app at once
          "joinpoint"); // the arguments of the methods an AspectJ advice wraps

  private static final String POSTHOG_KEY_CLUE = "may find a PostHog secret key";

  private Clues() {}

  /** A key spelled or assembled in the file, or a name that says it holds one. */
  public static boolean mayFindPostHogKey(TextClues clues) {
    return clues.remember(
        POSTHOG_KEY_CLUE,
        c -> PostHogKeys.maySpellSecret(c.decoded()) || PostHogKeyNames.mayAppearIn(c));
  }

  /**
   * Any secret the evaluator knows: a PostHog key, a name that says secret, an API that hands out
   * secrets, a result of one of the team's source methods.
   */
  public static boolean mayFindSecret(TextClues clues, FlowOptions options) {
    return mayFindPostHogKey(clues)
        || SensitiveNames.mayAppearIn(clues, options.secretWords())
        || clues.hasAnyWord(API_SOURCE_WORDS)
        || mayCallSourceMethod(clues, options);
  }

  /**
   * A call of one of the team's source methods ({@code secretSources}), or of a method a source row
   * of the team's own model files names.
   */
  public static boolean mayCallSourceMethod(TextClues clues, FlowOptions options) {
    return options.sourceMethods().stream().anyMatch(clues::hasWord)
        || TeamModels.teamRows(options, "sources").stream()
            .flatMap(row -> row.list("methods").stream())
            .anyMatch(method -> method.equals("*") || clues.hasWord(method));
  }

  /** A PostHog SDK type or import ("posthog"), or a personal key setter. */
  public static boolean mayConfigurePostHog(TextClues clues) {
    return clues.hasWord("posthog") || clues.hasWord("personalapikey");
  }
}
