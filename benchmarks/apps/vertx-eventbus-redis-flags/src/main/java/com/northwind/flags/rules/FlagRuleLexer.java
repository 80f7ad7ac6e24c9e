package com.northwind.flags.rules;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * Lexer for the small targeting language used in local overrides, e.g.
 * {@code plan == "pro" && country in ["DE", "FR"]}.
 */
public final class FlagRuleLexer {

  private static final Logger LOG = LoggerFactory.getLogger(FlagRuleLexer.class);

  public enum TokenType { IDENT, STRING, NUMBER, OPERATOR, LBRACKET, RBRACKET, COMMA, AND, OR, IN }

  public record Token(TokenType type, String text, int position) {
  }

  private final String input;
  private int pos;

  public FlagRuleLexer(String input) {
    this.input = input == null ? "" : input;
  }

  public List<Token> tokenize() {
    List<Token> tokens = new ArrayList<>();
    Token token;
    while ((token = next()) != null) {
      LOG.trace("token {} '{}' at {}", token.type(), token.text(), token.position());
      tokens.add(token);
    }
    LOG.debug("Lexed {} tokens from rule of length {}", tokens.size(), input.length());
    return tokens;
  }

  private Token next() {
    while (pos < input.length() && Character.isWhitespace(input.charAt(pos))) {
      pos++;
    }
    if (pos >= input.length()) {
      return null;
    }
    int start = pos;
    char c = input.charAt(pos);
    switch (c) {
      case '[':
        pos++;
        return new Token(TokenType.LBRACKET, "[", start);
      case ']':
        pos++;
        return new Token(TokenType.RBRACKET, "]", start);
      case ',':
        pos++;
        return new Token(TokenType.COMMA, ",", start);
      case '"':
        return string(start);
      default:
        break;
    }
    if (input.startsWith("&&", pos)) {
      pos += 2;
      return new Token(TokenType.AND, "&&", start);
    }
    if (input.startsWith("||", pos)) {
      pos += 2;
      return new Token(TokenType.OR, "||", start);
    }
    if ("=!<>".indexOf(c) >= 0) {
      pos++;
      if (pos < input.length() && input.charAt(pos) == '=') {
        pos++;
      }
      return new Token(TokenType.OPERATOR, input.substring(start, pos), start);
    }
    if (Character.isDigit(c)) {
      while (pos < input.length() && (Character.isDigit(input.charAt(pos)) || input.charAt(pos) == '.')) {
        pos++;
      }
      return new Token(TokenType.NUMBER, input.substring(start, pos), start);
    }
    if (Character.isLetter(c) || c == '$' || c == '_') {
      while (pos < input.length() && (Character.isLetterOrDigit(input.charAt(pos)) || input.charAt(pos) == '_')) {
        pos++;
      }
      String word = input.substring(start, pos);
      return new Token("in".equals(word) ? TokenType.IN : TokenType.IDENT, word, start);
    }
    throw new IllegalArgumentException("Unexpected character '" + c + "' at " + start);
  }

  private Token string(int start) {
    int end = input.indexOf('"', start + 1);
    if (end < 0) {
      throw new IllegalArgumentException("Unterminated string at " + start);
    }
    pos = end + 1;
    return new Token(TokenType.STRING, input.substring(start + 1, end), start);
  }
}
