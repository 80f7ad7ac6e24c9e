package io.cohortly.api.cohort;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Lexer for the small cohort search language: {@code name ~ "beta" and size > 100}. */
public final class FilterLexer {

  private static final Logger log = LoggerFactory.getLogger(FilterLexer.class);

  public enum Kind { IDENT, STRING, NUMBER, OP, AND, OR, LPAREN, RPAREN }

  public record Token(Kind kind, String text, int position) {}

  public List<Token> tokenize(String expression) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < expression.length()) {
      char ch = expression.charAt(i);
      if (Character.isWhitespace(ch)) {
        i++;
      } else if (ch == '(' || ch == ')') {
        tokens.add(new Token(ch == '(' ? Kind.LPAREN : Kind.RPAREN, String.valueOf(ch), i++));
      } else if (ch == '"') {
        int end = expression.indexOf('"', i + 1);
        if (end < 0) {
          throw new IllegalArgumentException("unterminated string at " + i);
        }
        tokens.add(new Token(Kind.STRING, expression.substring(i + 1, end), i));
        i = end + 1;
      } else if (Character.isDigit(ch)) {
        int start = i;
        while (i < expression.length() && Character.isDigit(expression.charAt(i))) {
          i++;
        }
        tokens.add(new Token(Kind.NUMBER, expression.substring(start, i), start));
      } else if (Character.isLetter(ch)) {
        int start = i;
        while (i < expression.length() && Character.isLetterOrDigit(expression.charAt(i))) {
          i++;
        }
        String word = expression.substring(start, i);
        Kind kind =
            switch (word.toLowerCase()) {
              case "and" -> Kind.AND;
              case "or" -> Kind.OR;
              default -> Kind.IDENT;
            };
        tokens.add(new Token(kind, word, start));
      } else {
        tokens.add(new Token(Kind.OP, String.valueOf(ch), i++));
      }
    }
    log.trace("lexed filter '{}' into {} tokens: {}", expression, tokens.size(), tokens);
    return tokens;
  }
}
