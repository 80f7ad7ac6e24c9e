package com.northwind.loyalty.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lexer for segment rules such as {@code points >= 500 and tier == "gold"}.
 */
public final class SegmentRuleTokenizer {

    public enum TokenType { IDENTIFIER, NUMBER, STRING, OPERATOR, AND, OR, LPAREN, RPAREN }

    public record Token(TokenType type, String text, int position) {
    }

    private SegmentRuleTokenizer() {
    }

    public static List<Token> tokenize(String rule) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < rule.length()) {
            char c = rule.charAt(i);
            int start = i;
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetter(c)) {
                while (i < rule.length() && (Character.isLetterOrDigit(rule.charAt(i)) || rule.charAt(i) == '_')) {
                    i++;
                }
                String word = rule.substring(start, i);
                TokenType type = switch (word.toLowerCase(Locale.ROOT)) {
                    case "and" -> TokenType.AND;
                    case "or" -> TokenType.OR;
                    default -> TokenType.IDENTIFIER;
                };
                tokens.add(new Token(type, word, start));
            } else if (Character.isDigit(c)) {
                while (i < rule.length() && Character.isDigit(rule.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(TokenType.NUMBER, rule.substring(start, i), start));
            } else if (c == '"') {
                int end = rule.indexOf('"', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("Unterminated string at " + start);
                }
                tokens.add(new Token(TokenType.STRING, rule.substring(i + 1, end), start));
                i = end + 1;
            } else if (c == '(' || c == ')') {
                tokens.add(new Token(c == '(' ? TokenType.LPAREN : TokenType.RPAREN, String.valueOf(c), start));
                i++;
            } else if ("<>=!".indexOf(c) >= 0) {
                i++;
                if (i < rule.length() && rule.charAt(i) == '=') {
                    i++;
                }
                tokens.add(new Token(TokenType.OPERATOR, rule.substring(start, i), start));
            } else {
                throw new IllegalArgumentException("Unexpected '" + c + "' at " + start);
            }
        }
        return tokens;
    }
}
