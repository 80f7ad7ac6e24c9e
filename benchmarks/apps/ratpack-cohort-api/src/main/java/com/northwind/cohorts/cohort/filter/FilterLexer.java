package com.northwind.cohorts.cohort.filter;

import java.util.ArrayList;
import java.util.List;

/**
 * Tiny lexer for the cohort filter syntax used by the list endpoint:
 * {@code name ~ "beta" and count > 100}.
 */
public final class FilterLexer {

    public enum TokenType { IDENT, STRING, NUMBER, OPERATOR, AND, OR, EOF }

    public record Token(TokenType type, String text, int position) {
    }

    private final String input;
    private int pos;

    public FilterLexer(String input) {
        this.input = input == null ? "" : input;
    }

    public List<Token> tokenize() {
        List<Token> tokens = new ArrayList<>();
        Token token;
        do {
            token = next();
            tokens.add(token);
        } while (token.type() != TokenType.EOF);
        return tokens;
    }

    public Token next() {
        while (pos < input.length() && Character.isWhitespace(input.charAt(pos))) {
            pos++;
        }
        if (pos >= input.length()) {
            return new Token(TokenType.EOF, "", pos);
        }
        int start = pos;
        char c = input.charAt(pos);
        if (c == '"') {
            int end = input.indexOf('"', pos + 1);
            if (end < 0) {
                throw new IllegalArgumentException("unterminated string at " + start);
            }
            pos = end + 1;
            return new Token(TokenType.STRING, input.substring(start + 1, end), start);
        }
        if (Character.isDigit(c)) {
            while (pos < input.length() && Character.isDigit(input.charAt(pos))) {
                pos++;
            }
            return new Token(TokenType.NUMBER, input.substring(start, pos), start);
        }
        if ("<>=~!".indexOf(c) >= 0) {
            pos++;
            if (pos < input.length() && input.charAt(pos) == '=') {
                pos++;
            }
            return new Token(TokenType.OPERATOR, input.substring(start, pos), start);
        }
        while (pos < input.length() && Character.isLetterOrDigit(input.charAt(pos))) {
            pos++;
        }
        if (pos == start) {
            throw new IllegalArgumentException("unexpected '" + c + "' at " + start);
        }
        String word = input.substring(start, pos);
        return switch (word.toLowerCase()) {
            case "and" -> new Token(TokenType.AND, word, start);
            case "or" -> new Token(TokenType.OR, word, start);
            default -> new Token(TokenType.IDENT, word, start);
        };
    }
}
