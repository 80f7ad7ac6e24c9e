package com.fieldcrew.flags.flags;

import java.util.ArrayList;
import java.util.List;

/**
 * Lexer for the filter box on the flags screen, e.g. {@code active AND key:checkout-*}.
 */
public final class FlagExpressionLexer {

    public enum TokenType {
        WORD, COLON, AND, OR, NOT, LPAREN, RPAREN, EOF
    }

    public static final class Token {
        public final TokenType type;
        public final String text;
        public final int position;

        Token(TokenType type, String text, int position) {
            this.type = type;
            this.text = text;
            this.position = position;
        }

        @Override
        public String toString() {
            return type + "('" + text + "')@" + position;
        }
    }

    private final String input;
    private int pos;

    public FlagExpressionLexer(String input) {
        this.input = input == null ? "" : input;
    }

    public List<Token> tokenize() {
        List<Token> tokens = new ArrayList<>();
        Token token;
        do {
            token = nextToken();
            tokens.add(token);
        } while (token.type != TokenType.EOF);
        return tokens;
    }

    private Token nextToken() {
        while (pos < input.length() && Character.isWhitespace(input.charAt(pos))) {
            pos++;
        }
        if (pos >= input.length()) {
            return new Token(TokenType.EOF, "", pos);
        }
        int start = pos;
        char c = input.charAt(pos);
        switch (c) {
            case ':':
                pos++;
                return new Token(TokenType.COLON, ":", start);
            case '(':
                pos++;
                return new Token(TokenType.LPAREN, "(", start);
            case ')':
                pos++;
                return new Token(TokenType.RPAREN, ")", start);
            default:
                break;
        }
        while (pos < input.length()
                && !Character.isWhitespace(input.charAt(pos))
                && ":()".indexOf(input.charAt(pos)) < 0) {
            pos++;
        }
        String word = input.substring(start, pos);
        switch (word.toUpperCase()) {
            case "AND":
                return new Token(TokenType.AND, word, start);
            case "OR":
                return new Token(TokenType.OR, word, start);
            case "NOT":
                return new Token(TokenType.NOT, word, start);
            default:
                return new Token(TokenType.WORD, word, start);
        }
    }
}
