package com.blockforge.telemetryflags.command;

import java.util.ArrayList;
import java.util.List;

/**
 * Tiny parser for {@code /tflags override <flag-key> = true|false}. Kept separate from Brigadier so
 * the same syntax can be used in the server's startup overrides file.
 */
public record FlagExpression(String flagKey, boolean value) {

    public enum TokenType { IDENTIFIER, EQUALS, BOOLEAN, END }

    public record Token(TokenType type, String text, int position) {
        @Override
        public String toString() {
            return type + "('" + text + "')@" + position;
        }
    }

    public static final class ParseException extends Exception {
        private final Token token;

        ParseException(String message, Token token) {
            super(message);
            this.token = token;
        }

        public Token token() {
            return token;
        }
    }

    public static FlagExpression parse(String input) throws ParseException {
        List<Token> tokens = tokenize(input);
        Token key = expect(tokens, 0, TokenType.IDENTIFIER);
        expect(tokens, 1, TokenType.EQUALS);
        Token value = expect(tokens, 2, TokenType.BOOLEAN);
        expect(tokens, 3, TokenType.END);
        return new FlagExpression(key.text(), Boolean.parseBoolean(value.text()));
    }

    static List<Token> tokenize(String input) throws ParseException {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < input.length()) {
            char c = input.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '=') {
                tokens.add(new Token(TokenType.EQUALS, "=", i++));
            } else if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                int start = i;
                while (i < input.length()
                        && (Character.isLetterOrDigit(input.charAt(i)) || input.charAt(i) == '-' || input.charAt(i) == '_')) {
                    i++;
                }
                String word = input.substring(start, i);
                TokenType type = word.equals("true") || word.equals("false") ? TokenType.BOOLEAN : TokenType.IDENTIFIER;
                tokens.add(new Token(type, word, start));
            } else {
                throw new ParseException("Unexpected character '" + c + "'", new Token(TokenType.END, String.valueOf(c), i));
            }
        }
        tokens.add(new Token(TokenType.END, "", input.length()));
        return tokens;
    }

    private static Token expect(List<Token> tokens, int index, TokenType type) throws ParseException {
        Token token = index < tokens.size() ? tokens.get(index) : tokens.get(tokens.size() - 1);
        if (token.type() != type) {
            throw new ParseException("Expected " + type.name().toLowerCase() + " at column " + token.position(), token);
        }
        return token;
    }
}
