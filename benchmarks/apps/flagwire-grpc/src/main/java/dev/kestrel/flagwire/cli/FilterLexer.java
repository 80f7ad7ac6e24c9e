package dev.kestrel.flagwire.cli;

import java.util.ArrayList;
import java.util.List;

/** Lexer for the export filter language: key = "beta-*" and not archived. */
public final class FilterLexer {

  public enum TokenType { IDENT, STRING, EQ, AND, OR, NOT, LPAREN, RPAREN, EOF }

  public record Token(TokenType type, String text, int position) {
  }

  private FilterLexer() {
  }

  public static List<Token> tokenize(String input) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < input.length()) {
      char c = input.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '(') {
        tokens.add(new Token(TokenType.LPAREN, "(", i++));
      } else if (c == ')') {
        tokens.add(new Token(TokenType.RPAREN, ")", i++));
      } else if (c == '=') {
        tokens.add(new Token(TokenType.EQ, "=", i++));
      } else if (c == '"') {
        int end = input.indexOf('"', i + 1);
        if (end < 0) {
          throw new IllegalArgumentException("unterminated string at " + i);
        }
        tokens.add(new Token(TokenType.STRING, input.substring(i + 1, end), i));
        i = end + 1;
      } else {
        int start = i;
        while (i < input.length() && (Character.isLetterOrDigit(input.charAt(i)) || input.charAt(i) == '-')) {
          i++;
        }
        if (start == i) {
          throw new IllegalArgumentException("unexpected '" + c + "' at " + i);
        }
        String word = input.substring(start, i);
        TokenType type = switch (word.toLowerCase()) {
          case "and" -> TokenType.AND;
          case "or" -> TokenType.OR;
          case "not" -> TokenType.NOT;
          default -> TokenType.IDENT;
        };
        tokens.add(new Token(type, word, start));
      }
    }
    tokens.add(new Token(TokenType.EOF, "", input.length()));
    return tokens;
  }
}
