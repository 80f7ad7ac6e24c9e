package com.tripwise.itinerary.rules;

import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Lexer for the itinerary targeting expressions ops write in the admin panel, e.g.
 * {@code country == "DE" && tier in ["gold", "platinum"]}. The parser turns the tokens into
 * PostHog property filters.
 */
public final class TargetingRuleLexer {

  private static final Logger LOG = Logger.getLogger(TargetingRuleLexer.class);

  public enum Kind {
    IDENT,
    STRING,
    NUMBER,
    OPERATOR,
    LBRACKET,
    RBRACKET,
    COMMA,
    EOF
  }

  public record Token(Kind kind, String text, int position) {}

  private final String source;
  private int pos;

  public TargetingRuleLexer(String source) {
    this.source = source;
  }

  public List<Token> tokenize() {
    List<Token> tokens = new ArrayList<>();
    Token token;
    do {
      token = nextToken();
      LOG.tracef("lexed token %s", token);
      tokens.add(token);
    } while (token.kind() != Kind.EOF);
    LOG.debugf("expression of %d chars -> %d tokens, last token %s", source.length(), tokens.size(), tokens.get(tokens.size() - 1).text());
    return tokens;
  }

  private Token nextToken() {
    while (pos < source.length() && Character.isWhitespace(source.charAt(pos))) {
      pos++;
    }
    if (pos >= source.length()) {
      return new Token(Kind.EOF, "", pos);
    }
    int start = pos;
    char c = source.charAt(pos);
    if (c == '"') {
      pos++;
      while (pos < source.length() && source.charAt(pos) != '"') {
        pos++;
      }
      pos++;
      return new Token(Kind.STRING, source.substring(start + 1, pos - 1), start);
    }
    if (Character.isDigit(c)) {
      while (pos < source.length() && Character.isDigit(source.charAt(pos))) {
        pos++;
      }
      return new Token(Kind.NUMBER, source.substring(start, pos), start);
    }
    if (Character.isLetter(c)) {
      while (pos < source.length() && (Character.isLetterOrDigit(source.charAt(pos)) || source.charAt(pos) == '_')) {
        pos++;
      }
      return new Token(Kind.IDENT, source.substring(start, pos), start);
    }
    pos++;
    return switch (c) {
      case '[' -> new Token(Kind.LBRACKET, "[", start);
      case ']' -> new Token(Kind.RBRACKET, "]", start);
      case ',' -> new Token(Kind.COMMA, ",", start);
      default -> {
        if (pos < source.length() && (source.charAt(pos) == '=' || source.charAt(pos) == '&' || source.charAt(pos) == '|')) {
          pos++;
        }
        LOG.tracef("operator token at %d", start);
        yield new Token(Kind.OPERATOR, source.substring(start, pos), start);
      }
    };
  }
}
