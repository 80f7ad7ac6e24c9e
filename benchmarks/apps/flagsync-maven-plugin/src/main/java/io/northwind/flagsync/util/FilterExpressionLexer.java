package io.northwind.flagsync.util;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the shorthand rollout conditions of flags/*.json ({@code "country in [DE, FR] and plan = pro"})
 * into tokens before they are turned into PostHog property filters.
 */
public final class FilterExpressionLexer {

    public enum TokenKind { IDENT, STRING, OPERATOR, LBRACKET, RBRACKET, COMMA }

    public record Token(TokenKind kind, String text, int position) {
    }

    private FilterExpressionLexer() {
    }

    public static List<Token> tokenize(String expression) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < expression.length()) {
            char c = expression.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '[') {
                tokens.add(new Token(TokenKind.LBRACKET, "[", i++));
            } else if (c == ']') {
                tokens.add(new Token(TokenKind.RBRACKET, "]", i++));
            } else if (c == ',') {
                tokens.add(new Token(TokenKind.COMMA, ",", i++));
            } else if (c == '"') {
                int end = expression.indexOf('"', i + 1);
                tokens.add(new Token(TokenKind.STRING, expression.substring(i + 1, end), i));
                i = end + 1;
            } else if ("=!<>~".indexOf(c) >= 0) {
                int start = i;
                while (i < expression.length() && "=!<>~".indexOf(expression.charAt(i)) >= 0) {
                    i++;
                }
                tokens.add(new Token(TokenKind.OPERATOR, expression.substring(start, i), start));
            } else {
                int start = i;
                while (i < expression.length() && (Character.isLetterOrDigit(expression.charAt(i))
                        || expression.charAt(i) == '_' || expression.charAt(i) == '.')) {
                    i++;
                }
                if (start == i) {
                    throw new IllegalArgumentException("Unexpected '" + c + "' at " + i + " in: " + expression);
                }
                tokens.add(new Token(TokenKind.IDENT, expression.substring(start, i), start));
            }
        }
        return tokens;
    }
}
