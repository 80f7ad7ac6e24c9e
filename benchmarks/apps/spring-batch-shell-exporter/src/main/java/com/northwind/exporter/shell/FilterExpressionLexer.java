package com.northwind.exporter.shell;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tokenizes the small filter language accepted by {@code run-export --filter},
 * e.g. {@code event = "$pageview" and distinct_id != "bot"}.
 */
public class FilterExpressionLexer {

    private static final Logger log = LoggerFactory.getLogger(FilterExpressionLexer.class);

    public enum TokenType { IDENTIFIER, STRING, OPERATOR, AND, OR, LPAREN, RPAREN }

    public record Token(TokenType type, String text, int position) {
    }

    private final String input;
    private int pos;

    public FilterExpressionLexer(String input) {
        this.input = input;
    }

    public List<Token> tokenize() {
        List<Token> tokens = new ArrayList<>();
        while (pos < input.length()) {
            char c = input.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
                continue;
            }
            Token token = nextToken(c);
            log.trace("filter token {} at {}", token, token.position());
            tokens.add(token);
        }
        return tokens;
    }

    private Token nextToken(char c) {
        int start = pos;
        if (c == '(') {
            pos++;
            return new Token(TokenType.LPAREN, "(", start);
        }
        if (c == ')') {
            pos++;
            return new Token(TokenType.RPAREN, ")", start);
        }
        if (c == '"') {
            int end = input.indexOf('"', pos + 1);
            if (end < 0) {
                throw new IllegalArgumentException("Unterminated string at position " + start);
            }
            pos = end + 1;
            return new Token(TokenType.STRING, input.substring(start + 1, end), start);
        }
        if (c == '=' || c == '!' || c == '<' || c == '>') {
            pos++;
            if (pos < input.length() && input.charAt(pos) == '=') {
                pos++;
            }
            return new Token(TokenType.OPERATOR, input.substring(start, pos), start);
        }
        while (pos < input.length() && (Character.isLetterOrDigit(input.charAt(pos)) || input.charAt(pos) == '_'
                || input.charAt(pos) == '$')) {
            pos++;
        }
        if (pos == start) {
            throw new IllegalArgumentException("Unexpected character '" + c + "' at position " + start);
        }
        String word = input.substring(start, pos);
        return switch (word.toLowerCase()) {
            case "and" -> new Token(TokenType.AND, word, start);
            case "or" -> new Token(TokenType.OR, word, start);
            default -> new Token(TokenType.IDENTIFIER, word, start);
        };
    }
}
