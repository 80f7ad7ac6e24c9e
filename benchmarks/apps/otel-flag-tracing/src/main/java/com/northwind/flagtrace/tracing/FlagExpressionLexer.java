package com.northwind.flagtrace.tracing;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Tiny lexer for our local targeting expressions, e.g. {@code plan == "pro" and country != "DE"}.
 */
@Component
public class FlagExpressionLexer {

    public enum Type { IDENT, STRING, OPERATOR, AND, OR, LPAREN, RPAREN }

    public record Token(Type type, String text, int position) {
    }

    public List<Token> tokenize(String expression) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < expression.length()) {
            char c = expression.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')') {
                tokens.add(new Token(c == '(' ? Type.LPAREN : Type.RPAREN, String.valueOf(c), i));
                i++;
            } else if (c == '"') {
                int end = expression.indexOf('"', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("Unterminated string at " + i);
                }
                tokens.add(new Token(Type.STRING, expression.substring(i + 1, end), i));
                i = end + 1;
            } else if (c == '=' || c == '!') {
                tokens.add(new Token(Type.OPERATOR, expression.substring(i, i + 2), i));
                i += 2;
            } else {
                int start = i;
                while (i < expression.length() && Character.isLetterOrDigit(expression.charAt(i))) {
                    i++;
                }
                String word = expression.substring(start, i);
                Type type = switch (word) {
                    case "and" -> Type.AND;
                    case "or" -> Type.OR;
                    default -> Type.IDENT;
                };
                tokens.add(new Token(type, word, start));
            }
        }
        return tokens;
    }
}
