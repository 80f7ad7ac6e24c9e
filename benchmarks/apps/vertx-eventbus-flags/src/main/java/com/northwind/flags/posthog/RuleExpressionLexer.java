package com.northwind.flags.posthog;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tokenizer for the small guard language accepted by /api/flags/:flag?guard=...
 * e.g. {@code plan == "pro" && country != "DE"}.
 */
public final class RuleExpressionLexer {

  private static final Logger LOG = LoggerFactory.getLogger(RuleExpressionLexer.class);

  public enum TokenType { IDENT, STRING, NUMBER, EQ, NEQ, AND, OR, NOT, LPAREN, RPAREN, EOF }

  public record Token(TokenType type, String text, int position) {
  }

  private final String input;
  private int pos;

  public RuleExpressionLexer(String input) {
    this.input = input;
  }

  public List<Token> tokenize() {
    List<Token> tokens = new ArrayList<>();
    Token token;
    do {
      token = next();
      LOG.trace("token {} at {}", token, token.position());
      tokens.add(token);
    } while (token.type() != TokenType.EOF);
    return tokens;
  }

  private Token next() {
    while (pos < input.length() && Character.isWhitespace(input.charAt(pos))) {
      pos++;
    }
    int start = pos;
    if (pos >= input.length()) {
      return new Token(TokenType.EOF, "", start);
    }
    char c = input.charAt(pos);
    if (input.startsWith("==", pos)) {
      pos += 2;
      return new Token(TokenType.EQ, "==", start);
    }
    if (input.startsWith("!=", pos)) {
      pos += 2;
      return new Token(TokenType.NEQ, "!=", start);
    }
    if (input.startsWith("&&", pos)) {
      pos += 2;
      return new Token(TokenType.AND, "&&", start);
    }
    if (input.startsWith("||", pos)) {
      pos += 2;
      return new Token(TokenType.OR, "||", start);
    }
    switch (c) {
      case '!':
        pos++;
        return new Token(TokenType.NOT, "!", start);
      case '(':
        pos++;
        return new Token(TokenType.LPAREN, "(", start);
      case ')':
        pos++;
        return new Token(TokenType.RPAREN, ")", start);
      case '"':
        int end = input.indexOf('"', pos + 1);
        if (end < 0) {
          throw new IllegalArgumentException("Unterminated string at " + start);
        }
        pos = end + 1;
        return new Token(TokenType.STRING, input.substring(start + 1, end), start);
      default:
        break;
    }
    if (Character.isDigit(c)) {
      while (pos < input.length() && Character.isDigit(input.charAt(pos))) {
        pos++;
      }
      return new Token(TokenType.NUMBER, input.substring(start, pos), start);
    }
    if (Character.isLetter(c) || c == '_' || c == '$') {
      while (pos < input.length()
          && (Character.isLetterOrDigit(input.charAt(pos)) || input.charAt(pos) == '_' || input.charAt(pos) == '$')) {
        pos++;
      }
      return new Token(TokenType.IDENT, input.substring(start, pos), start);
    }
    throw new IllegalArgumentException("Unexpected '" + c + "' at " + start);
  }
}
