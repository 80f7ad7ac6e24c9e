package io.github.posthogguard.rules;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import io.github.posthogguard.eval.Evaluator;
import io.github.posthogguard.eval.Secret;
import io.github.posthogguard.flow.SensitiveNames;
import io.github.posthogguard.flow.Words;
import io.github.posthogguard.java.Concatenations;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A value that the message written with it calls a secret: {@code log.debug("login with passphrase
 * '{}'", supplied)}, {@code "token=" + value}. The label ends in a separator ({@code :}, {@code =})
 * or an opening quote, so that a sentence that goes on ({@code "password reset for {}"}) labels
 * nothing.
 */
final class LabelledValues {
  /** The longest label read, in words: "personal api key". */
  private static final int LABEL_WORDS = 3;

  /** Last words of a secret's label that are no secret alone: "api key", "session id". */
  private static final Set<String> VALUE_WORDS = Set.of("key", "keys", "id");

  /** Words before "token" that make it a credential: "access token", "bearer token". */
  private static final Set<String> TOKEN_KINDS =
      Set.of(
          "access",
          "refresh",
          "auth",
          "bearer",
          "api",
          "id",
          "session",
          "oauth",
          "jwt",
          "personal",
          "secret",
          "security",
          "csrf",
          "xsrf",
          "login",
          "bot");

  private LabelledValues() {}

  /** The first written value a label calls a secret, as a secret named by its label. */
  static Optional<Secret> find(Evaluator evaluator, List<Expression> written) {
    for (int i = 0; i < written.size(); i++) {
      Optional<String> format = evaluator.constant(written.get(i));
      if (format.isPresent() && format.get().contains("{}")) {
        Optional<Secret> filled =
            placeholders(evaluator, format.get(), written.subList(i + 1, written.size()));
        if (filled.isPresent()) {
          return filled;
        }
      }
      Optional<Secret> concatenated = concatenated(evaluator, written.get(i));
      if (concatenated.isPresent()) {
        return concatenated;
      }
    }
    return Optional.empty();
  }

  /** The values of a format's {@code {}} placeholders, each labelled by the text before it. */
  private static Optional<Secret> placeholders(
      Evaluator evaluator, String format, List<Expression> values) {
    String[] texts = format.split("\\{}", -1);
    for (int k = 0; k < values.size() && k + 1 < texts.length; k++) {
      if (isPairedWithNext(texts[k + 1])) {
        // "credentials [{}:******]": the label covers a user and a secret after the colon
        if (texts[k + 1].strip().equals(":") && k + 1 < values.size()) {
          Optional<Secret> second = labelled(evaluator, texts[k], values.get(k + 1));
          if (second.isPresent()) {
            return second;
          }
        }
        continue;
      }
      Optional<Secret> labelled = labelled(evaluator, texts[k], values.get(k));
      if (labelled.isPresent()) {
        return labelled;
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the text after a labelled value pairs it with another ({@code user:password}): the
   * label's secret is the pair's second part, masked or written after the colon.
   */
  private static boolean isPairedWithNext(String after) {
    return after.startsWith(":") && !after.startsWith(": ");
  }

  /** The operands of a concatenation, each labelled by the constant text just before it. */
  private static Optional<Secret> concatenated(Evaluator evaluator, Expression e) {
    List<Expression> operands = Concatenations.operands(e);
    for (int j = 1; j < operands.size(); j++) {
      Optional<String> before = evaluator.constant(operands.get(j - 1));
      Optional<String> after =
          j + 1 < operands.size() ? evaluator.constant(operands.get(j + 1)) : Optional.empty();
      if (before.isPresent() && after.filter(LabelledValues::isPairedWithNext).isPresent()) {
        continue; // "credentials " + user + ":***": the user of a pair
      }
      if (before.isPresent()) {
        Optional<Secret> labelled = labelled(evaluator, before.get(), operands.get(j));
        if (labelled.isPresent()) {
          return labelled;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Secret> labelled(Evaluator evaluator, String text, Expression value) {
    Optional<String> label = label(text);
    if (label.isEmpty() || !evaluator.mayHoldASecret(value) || speaksAbout(value)) {
      return Optional.empty();
    }
    return Optional.of(
        new Secret(
            null,
            Secret.Provenance.API,
            "the value the message calls '" + label.get() + "'",
            evaluator.location(value)));
  }

  /** A value whose own name says it is no secret: {@code keyLength}, {@code hasToken()}. */
  private static boolean speaksAbout(Expression value) {
    String name =
        value instanceof NameExpr n
            ? n.getNameAsString()
            : value instanceof MethodCallExpr call ? call.getNameAsString() : null;
    return name != null && SensitiveNames.speaksAbout(name);
  }

  /**
   * The words a text ends with when a separator or an opening quote follows them, as few as name a
   * secret ({@code "with passphrase '"} is labelled "passphrase").
   */
  static Optional<String> label(String text) {
    String rest = text.stripTrailing();
    boolean separated = false;
    if (!rest.isEmpty() && "'\"[(<".indexOf(rest.charAt(rest.length() - 1)) >= 0) {
      rest = rest.substring(0, rest.length() - 1).stripTrailing();
      separated = true;
    }
    if (!rest.isEmpty() && ":=".indexOf(rest.charAt(rest.length() - 1)) >= 0) {
      rest = rest.substring(0, rest.length() - 1).stripTrailing();
      separated = true;
    }
    if (!separated) {
      return Optional.empty();
    }
    int start = rest.length();
    while (start > 0 && isLabelChar(rest.charAt(start - 1))) {
      start--;
    }
    List<String> words = Words.of(rest.substring(start));
    words = words.subList(Math.max(0, words.size() - LABEL_WORDS), words.size());
    if (words.isEmpty()
        || !namesAValue(words.get(words.size() - 1))
        || !SensitiveNames.isSecret(String.join(" ", words))) {
      return Optional.empty(); // "project api key": a public key's label
    }
    // the fewest last words that name a secret: "api key" of "the api key", "passphrase" of "with
    // passphrase"
    for (int n = 1; n <= Math.min(LABEL_WORDS, words.size()); n++) {
      String suffix = String.join(" ", words.subList(words.size() - n, words.size()));
      if (SensitiveNames.isSecret(suffix)) {
        if (isBareToken(words, n)) {
          return Optional.empty();
        }
        // "access token", not "token"
        return Optional.of(isToken(words, n) ? words.get(words.size() - 2) + " " + suffix : suffix);
      }
    }
    return Optional.empty();
  }

  /**
   * A label that says "token" and no more of it: a lexer's, a parser's, a tokenizer's token as
   * often as a credential ({@code "unexpected token: "}, {@code "token = "}).
   */
  private static boolean isBareToken(List<String> words, int n) {
    return isToken(words, n)
        && (words.size() < 2 || !TOKEN_KINDS.contains(words.get(words.size() - 2)));
  }

  /** Whether the label found is the one word "token" or "tokens". */
  private static boolean isToken(List<String> words, int n) {
    String last = words.get(words.size() - 1);
    return n == 1 && (last.equals("token") || last.equals("tokens"));
  }

  /**
   * Whether a label's last word names the value itself ({@code token}, {@code api key}, {@code
   * session id}), not something said of it ({@code "password reset link: "}).
   */
  private static boolean namesAValue(String last) {
    return SensitiveNames.isSecret(last) || VALUE_WORDS.contains(last);
  }

  private static boolean isLabelChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == ' ' || c == '.';
  }
}
