package io.github.posthogguard.config;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tokens of Kotlin and Groovy code that config entries are made of: identifiers, string
 * literals (decoded, each char mapped to where it was written) and single punctuation chars.
 * Comments, numbers and whitespace are dropped. A template ({@code $name}, {@code ${…}}) stands in
 * a string as one NUL char, which no key contains; one that reads a build property ({@code
 * ${posthogPersonalApiKey}}, {@code ${project.findProperty('key') ?: ''}}) as the placeholder
 * {@code ${name}} of that property, so that the entry is known to be set from it.
 */
final class CodeTokens {
  enum Type {
    IDENTIFIER,
    STRING,
    PUNCTUATION
  }

  record Token(Type type, String text, DecodedText value, int start, int end) {
    boolean is(String punctuationOrIdentifier) {
      return type != Type.STRING && text.equals(punctuationOrIdentifier);
    }
  }

  private final String text;
  private final boolean groovy;
  private int at;

  private CodeTokens(String text, boolean groovy) {
    this.text = text;
    this.groovy = groovy;
  }

  /** Tokens of Kotlin ({@code groovy} false) or Groovy code. */
  static List<Token> of(String text, boolean groovy) {
    return new CodeTokens(text, groovy).all();
  }

  private List<Token> all() {
    List<Token> tokens = new ArrayList<>();
    while (at < text.length()) {
      char c = text.charAt(at);
      int start = at;
      if (Character.isWhitespace(c)) {
        at++;
      } else if (text.startsWith("//", at)) {
        skipLine();
      } else if (text.startsWith("/*", at)) {
        skipBlockComment();
      } else if (text.startsWith("\"\"\"", at)) {
        at += 3;
        tokens.add(string(start, "\"\"\"", groovy, true));
      } else if (groovy && text.startsWith("'''", at)) {
        at += 3;
        tokens.add(string(start, "'''", true, false));
      } else if (c == '"') {
        at++;
        tokens.add(string(start, "\"", true, true));
      } else if (c == '\'') {
        at++;
        if (groovy) {
          tokens.add(string(start, "'", true, false));
        } else {
          skipCharLiteral();
        }
      } else if (Character.isJavaIdentifierStart(c)) {
        while (at < text.length() && Character.isJavaIdentifierPart(text.charAt(at))) {
          at++;
        }
        tokens.add(new Token(Type.IDENTIFIER, text.substring(start, at), null, start, at));
      } else if (c == '`') {
        int close = text.indexOf('`', at + 1);
        at = close < 0 ? text.length() : close + 1;
        String name = text.substring(Math.min(start + 1, at), Math.max(start + 1, at - 1));
        tokens.add(new Token(Type.IDENTIFIER, name, null, start, at));
      } else if (Character.isDigit(c)) {
        while (at < text.length() && Character.isLetterOrDigit(text.charAt(at))) {
          at++;
        }
      } else {
        at++;
        tokens.add(new Token(Type.PUNCTUATION, String.valueOf(c), null, start, at));
      }
    }
    return tokens;
  }

  private Token string(int start, String quote, boolean escapes, boolean templates) {
    DecodedText value = new DecodedText();
    while (at < text.length()) {
      if (text.startsWith(quote, at)) {
        at += quote.length();
        // A raw string may end in more quotes than three: the last three close it.
        while (quote.length() == 3 && at < text.length() && text.charAt(at) == quote.charAt(0)) {
          value.append(quote.charAt(0), at - 3, at - 2);
          at++;
        }
        return new Token(Type.STRING, text.substring(start, at), value, start, at);
      }
      char c = text.charAt(at);
      if (quote.length() == 1 && (c == '\n' || c == '\r')) {
        break;
      }
      if (c == '\\' && escapes && at + 1 < text.length()) {
        escape(value);
      } else if (c == '$' && templates && at + 1 < text.length()) {
        template(value);
      } else {
        value.append(c, at, at + 1);
        at++;
      }
    }
    return new Token(Type.STRING, text.substring(start, at), value, start, at);
  }

  private void escape(DecodedText value) {
    int start = at;
    char next = text.charAt(at + 1);
    at += 2;
    switch (next) {
      case 't' -> value.append('\t', start, at);
      case 'b' -> value.append('\b', start, at);
      case 'n' -> value.append('\n', start, at);
      case 'r' -> value.append('\r', start, at);
      case 'f' -> value.append('\f', start, at);
      case 'u' -> {
        int end = Math.min(at + 4, text.length());
        int code = 0;
        boolean valid = end == at + 4;
        for (int i = at; i < end && valid; i++) {
          int digit = Character.digit(text.charAt(i), 16);
          valid = digit >= 0;
          code = code * 16 + Math.max(digit, 0);
        }
        if (valid) {
          at = end;
          value.append((char) code, start, at);
        } else {
          value.append('u', start, at);
        }
      }
      case '\n' -> {}
      default -> value.append(next, start, at);
    }
  }

  private void template(DecodedText value) {
    int start = at;
    char next = text.charAt(at + 1);
    if (next == '{') {
      int depth = 0;
      while (at < text.length()) {
        char c = text.charAt(at++);
        if (c == '{') {
          depth++;
        } else if (c == '}' && --depth == 0) {
          break;
        }
      }
      appendTemplate(value, text.substring(start + 2, Math.max(start + 2, at - 1)), start);
    } else if (Character.isJavaIdentifierStart(next)) {
      at++;
      while (at < text.length()
          && (Character.isJavaIdentifierPart(text.charAt(at))
              || groovy
                  && text.charAt(at) == '.'
                  && at + 1 < text.length()
                  && Character.isJavaIdentifierStart(text.charAt(at + 1)))) {
        at++;
      }
      appendTemplate(value, text.substring(start + 1, at), start);
    } else {
      value.append('$', at, at + 1);
      at++;
    }
  }

  /**
   * A build property's name read as written ({@code x}, {@code project.x}), or by a lookup ({@code
   * project.findProperty('x')}, {@code System.getenv('X')}), with or without a default.
   */
  private static final Pattern PROPERTY_READ =
      Pattern.compile(
          "\\s*(?:(?:project\\.)?(?:findProperty|property)|System\\.getenv)"
              + "\\(\\s*['\"]([\\w.-]+)['\"]\\s*\\)\\s*(?:\\?:.*)?"
              + "|\\s*(?:project\\.)?([A-Za-z_]\\w*)\\s*(?:\\?:.*)?");

  /** The template {@code expression} written at {@code [start, at)}: see the class comment. */
  private void appendTemplate(DecodedText value, String expression, int start) {
    Matcher read = PROPERTY_READ.matcher(expression);
    if (!read.matches()) {
      value.append('\0', start, at);
      return;
    }
    String property = read.group(1) != null ? read.group(1) : read.group(2);
    for (char c : ("${" + property + "}").toCharArray()) {
      value.append(c, start, at);
    }
  }

  private void skipLine() {
    while (at < text.length() && text.charAt(at) != '\n') {
      at++;
    }
  }

  private void skipBlockComment() {
    int depth = 0;
    while (at < text.length()) {
      if (text.startsWith("/*", at)) {
        depth++;
        at += 2;
      } else if (text.startsWith("*/", at)) {
        at += 2;
        if (--depth == 0 || groovy) {
          return;
        }
      } else {
        at++;
      }
    }
  }

  private void skipCharLiteral() {
    while (at < text.length()) {
      char c = text.charAt(at++);
      if (c == '\\') {
        at++;
      } else if (c == '\'' || c == '\n') {
        return;
      }
    }
  }
}
