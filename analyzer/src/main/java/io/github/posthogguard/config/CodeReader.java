package io.github.posthogguard.config;

import io.github.posthogguard.config.CodeTokens.Token;
import io.github.posthogguard.config.CodeTokens.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Reads Kotlin sources and Gradle scripts (Groovy or Kotlin DSL) into entries: {@code
 * buildConfigField(type, NAME, value)} (the value is Java source: its literal is decoded again),
 * {@code resValue(type, name, value)}, {@code manifestPlaceholders} in its every form, assignments
 * {@code name = "…"} (a named argument is named after its call: {@code
 * PostHogAndroidConfig.apiKey}), map entries {@code name: "…"} and {@code "name" to "…"}, and
 * {@code set("name", "…")}-like calls. Literals joined by {@code +} read as one; every other
 * literal is an entry without a name, so that a key spelled with escapes is still found.
 */
final class CodeReader {
  private static final Set<String> NAME_VALUE_CALLS =
      Set.of("set", "put", "setProperty", "property", "environment", "systemProperty", "putString");

  /** What may stand between {@code manifestPlaceholders} and its first bracket. */
  private static final Set<String> PLACEHOLDER_STATEMENT =
      Set.of(".", "=", "+", "put", "putAll", "mapOf", "mutableMapOf", "hashMapOf");

  private final EntrySink sink;
  private final List<Token> tokens;
  private final Deque<String> calls = new ArrayDeque<>();
  private int i;

  private CodeReader(EntrySink sink, boolean groovy) {
    this.sink = sink;
    this.tokens = CodeTokens.of(sink.text(), groovy);
  }

  static void read(EntrySink sink, boolean groovy) {
    new CodeReader(sink, groovy).readAll();
  }

  private void readAll() {
    while (i < tokens.size()) {
      Token token = tokens.get(i);
      if (token.type() == Type.IDENTIFIER && gradleEntry(token)) {
        continue;
      }
      if (token.type() == Type.STRING) {
        unnamed();
        continue;
      }
      if (token.type() == Type.IDENTIFIER && assignment(token)) {
        continue;
      }
      track(token);
      i++;
    }
  }

  /** Keeps the stack of open calls: {@code Callee(} pushes its name, other brackets push "". */
  private void track(Token token) {
    if (token.is("(") || token.is("[") || token.is("{")) {
      Token before = i > 0 ? tokens.get(i - 1) : null;
      calls.push(
          token.is("(") && before != null && before.type() == Type.IDENTIFIER ? before.text() : "");
    } else if ((token.is(")") || token.is("]") || token.is("}")) && !calls.isEmpty()) {
      calls.pop();
    }
  }

  private boolean gradleEntry(Token token) {
    switch (token.text()) {
      case "buildConfigField", "resValue" -> {
        int at = i + 1;
        if (at < tokens.size() && tokens.get(at).is("(")) {
          at++;
        }
        if (!isString(at)
            || !isPunctuation(at + 1, ",")
            || !isString(at + 2)
            || !isPunctuation(at + 3, ",")
            || !isString(at + 4)) {
          return false;
        }
        boolean field = token.text().equals("buildConfigField");
        Token name = tokens.get(at + 2);
        i = at + 4;
        DecodedText value = joined();
        sink.add(
            name.value().toString(),
            field ? EntryKind.BUILD_CONFIG_FIELD : EntryKind.ANDROID_RES_VALUE,
            name.start(),
            name.end(),
            field ? javaLiteral(value) : value);
        return true;
      }
      case "manifestPlaceholders" -> {
        i++;
        placeholders();
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  /**
   * The rest of a {@code manifestPlaceholders} statement: {@code ["k"] = "v"}, {@code .put("k",
   * "v")}, {@code = [k: "v"]}, {@code += mapOf("k" to "v")}.
   */
  private void placeholders() {
    if (isPunctuation(i, "[")
        && isString(i + 1)
        && isPunctuation(i + 2, "]")
        && isPunctuation(i + 3, "=")
        && isString(i + 4)) {
      Token name = tokens.get(i + 1);
      i += 4;
      sink.add(
          name.value().toString(),
          EntryKind.MANIFEST_PLACEHOLDER,
          name.start(),
          name.end(),
          joined());
      return;
    }
    int depth = 0;
    while (i < tokens.size()) {
      Token token = tokens.get(i);
      if (token.is("(") || token.is("[") || token.is("{")) {
        depth++;
      } else if (token.is(")") || token.is("]") || token.is("}")) {
        if (--depth <= 0) {
          i++;
          return;
        }
      } else if (depth > 0
          && (token.type() == Type.STRING || token.type() == Type.IDENTIFIER)
          && (isPunctuation(i + 1, ":")
              || isPunctuation(i + 1, ",")
              || i + 1 < tokens.size() && tokens.get(i + 1).is("to"))
          && isString(i + 2)) {
        String name = token.type() == Type.STRING ? token.value().toString() : token.text();
        i += 2;
        sink.add(name, EntryKind.MANIFEST_PLACEHOLDER, token.start(), token.end(), joined());
        continue;
      } else if (depth == 0 && !PLACEHOLDER_STATEMENT.contains(token.text())) {
        return;
      }
      i++;
    }
  }

  /** {@code name = "…"}, {@code name: "…"}, {@code "name" to "…"}, {@code set("name", "…")}. */
  private boolean assignment(Token name) {
    int at = i + 1;
    if (NAME_VALUE_CALLS.contains(name.text())
        && isPunctuation(at, "(")
        && isString(at + 1)
        && isPunctuation(at + 2, ",")
        && isString(at + 3)) {
      Token key = tokens.get(at + 1);
      i = at + 3;
      sink.add(key.value().toString(), kind(name.text()), key.start(), key.end(), joined());
      return true;
    }
    if (isPunctuation(at, ":") && isPunctuation(at + 1, ":")) {
      return false;
    }
    if (isPunctuation(at, ":") && !isString(at + 1)) {
      // Kotlin's "val name: String = …".
      int type = at + 1;
      while (type < tokens.size()
          && (tokens.get(type).type() == Type.IDENTIFIER
              || tokens.get(type).is(".")
              || tokens.get(type).is("?"))) {
        type++;
      }
      at = type;
      if (!isPunctuation(at, "=")) {
        return false;
      }
    }
    if ((isPunctuation(at, "=") && !isPunctuation(at + 1, "=") || isPunctuation(at, ":"))
        && isString(at + 1)) {
      String callee = calls.isEmpty() ? "" : calls.peek();
      String entryName = callee.isEmpty() ? name.text() : callee + "." + name.text();
      i = at + 1;
      sink.add(entryName, EntryKind.CODE, name.start(), name.end(), joined());
      return true;
    }
    return false;
  }

  private static EntryKind kind(String call) {
    return call.equals("environment") ? EntryKind.ENVIRONMENT_VARIABLE : EntryKind.CODE;
  }

  /** A literal not assigned to a name; {@code "name" to "value"} pairs are named. */
  private void unnamed() {
    Token first = tokens.get(i);
    if (i + 2 < tokens.size() && tokens.get(i + 1).is("to") && isString(i + 2)) {
      i += 2;
      sink.add(first.value().toString(), EntryKind.CODE, first.start(), first.end(), joined());
      return;
    }
    sink.add("", EntryKind.CODE, -1, -1, joined());
  }

  /** The string at {@code i} and those joined to it with {@code +}; moves past them. */
  private DecodedText joined() {
    DecodedText value = new DecodedText();
    value.appendAll(tokens.get(i).value());
    i++;
    while (isPunctuation(i, "+") && isString(i + 1)) {
      value.appendAll(tokens.get(i + 1).value());
      i += 2;
    }
    return value;
  }

  /**
   * A buildConfigField value is Java source: {@code "\"phx_…\""} holds the literal {@code "phx_…"}.
   */
  static DecodedText javaLiteral(DecodedText source) {
    DecodedText stripped = source.stripped();
    int length = stripped.length();
    if (length < 2 || stripped.charAt(0) != '"' || stripped.charAt(length - 1) != '"') {
      return source;
    }
    DecodedText value = new DecodedText();
    for (int k = 1; k < length - 1; k++) {
      char c = stripped.charAt(k);
      if (c == '\\' && k + 1 < length - 1) {
        char next = stripped.charAt(k + 1);
        if (next == 'u' && k + 5 < length && isHex(stripped, k + 2, k + 6)) {
          int code = Integer.parseInt(hex(stripped, k + 2, k + 6), 16);
          value.append((char) code, stripped.sourceStart(k), stripped.sourceEnd(k + 5));
          k += 5;
          continue;
        }
        char decoded =
            switch (next) {
              case 'n' -> '\n';
              case 't' -> '\t';
              case 'r' -> '\r';
              default -> next;
            };
        value.append(decoded, stripped.sourceStart(k), stripped.sourceEnd(k + 1));
        k++;
        continue;
      }
      value.append(c, stripped.sourceStart(k), stripped.sourceEnd(k));
    }
    return value;
  }

  private static boolean isHex(DecodedText text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (Character.digit(text.charAt(k), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  private static String hex(DecodedText text, int from, int to) {
    StringBuilder digits = new StringBuilder();
    for (int k = from; k < to; k++) {
      digits.append(text.charAt(k));
    }
    return digits.toString();
  }

  private boolean isString(int at) {
    return at < tokens.size() && tokens.get(at).type() == Type.STRING;
  }

  private boolean isPunctuation(int at, String punctuation) {
    return at < tokens.size()
        && tokens.get(at).type() == Type.PUNCTUATION
        && tokens.get(at).text().equals(punctuation);
  }
}
