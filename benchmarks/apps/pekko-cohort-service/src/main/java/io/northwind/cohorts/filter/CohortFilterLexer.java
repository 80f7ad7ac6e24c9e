package io.northwind.cohorts.filter;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lexer for the console's cohort filter language, e.g.
 * {@code plan = "pro" AND signup_days < 30 OR country IN ("DE", "FR")}.
 */
public final class CohortFilterLexer {

    private static final Logger log = LoggerFactory.getLogger(CohortFilterLexer.class);

    public enum TokenType { IDENT, STRING, NUMBER, OPERATOR, KEYWORD, LPAREN, RPAREN, COMMA }

    public record Token(TokenType type, String text, int position) {
    }

    private static final List<String> KEYWORDS = List.of("AND", "OR", "NOT", "IN");

    public List<Token> lex(String expression) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < expression.length()) {
            char c = expression.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')' || c == ',') {
                TokenType type = c == '(' ? TokenType.LPAREN : c == ')' ? TokenType.RPAREN : TokenType.COMMA;
                tokens.add(new Token(type, String.valueOf(c), i++));
            } else if (c == '"') {
                int end = expression.indexOf('"', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("unterminated string at " + i);
                }
                tokens.add(new Token(TokenType.STRING, expression.substring(i + 1, end), i));
                i = end + 1;
            } else if (Character.isDigit(c)) {
                int start = i;
                while (i < expression.length() && Character.isDigit(expression.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(TokenType.NUMBER, expression.substring(start, i), start));
            } else if ("=<>!".indexOf(c) >= 0) {
                int start = i;
                while (i < expression.length() && "=<>!".indexOf(expression.charAt(i)) >= 0) {
                    i++;
                }
                tokens.add(new Token(TokenType.OPERATOR, expression.substring(start, i), start));
            } else {
                int start = i;
                while (i < expression.length() && (Character.isLetterOrDigit(expression.charAt(i)) || expression.charAt(i) == '_')) {
                    i++;
                }
                if (start == i) {
                    throw new IllegalArgumentException("unexpected '" + c + "' at " + i);
                }
                String word = expression.substring(start, i);
                TokenType type = KEYWORDS.contains(word.toUpperCase()) ? TokenType.KEYWORD : TokenType.IDENT;
                tokens.add(new Token(type, word, start));
            }
        }
        log.trace("lexed cohort filter into {} tokens: {}", tokens.size(), tokens);
        return tokens;
    }
}
