package com.acme.flags.cli.filter;

import java.util.ArrayList;
import java.util.List;

/**
 * Tokenizer for the tiny filter language of {@code flags-cli list --filter}, e.g.
 * {@code active && key ~ "checkout" || rollout < 50}.
 */
public final class FilterLexer {

    public enum Kind { IDENT, STRING, NUMBER, AND, OR, NOT, EQ, NEQ, LT, GT, MATCH, LPAREN, RPAREN, EOF }

    public record Token(Kind kind, String text, int position) {
        @Override
        public String toString() {
            return kind + "('" + text + "')@" + position;
        }
    }

    private final String input;
    private int pos;

    public FilterLexer(String input) {
        this.input = input;
    }

    public List<Token> tokenize() {
        List<Token> tokens = new ArrayList<>();
        Token token;
        do {
            token = next();
            tokens.add(token);
        } while (token.kind() != Kind.EOF);
        return tokens;
    }

    private Token next() {
        while (pos < input.length() && Character.isWhitespace(input.charAt(pos))) {
            pos++;
        }
        int start = pos;
        if (pos >= input.length()) {
            return new Token(Kind.EOF, "", start);
        }
        char c = input.charAt(pos);
        if (Character.isLetter(c) || c == '_') {
            while (pos < input.length() && (Character.isLetterOrDigit(input.charAt(pos)) || input.charAt(pos) == '_')) {
                pos++;
            }
            return new Token(Kind.IDENT, input.substring(start, pos), start);
        }
        if (Character.isDigit(c)) {
            while (pos < input.length() && Character.isDigit(input.charAt(pos))) {
                pos++;
            }
            return new Token(Kind.NUMBER, input.substring(start, pos), start);
        }
        if (c == '"') {
            int end = input.indexOf('"', pos + 1);
            if (end < 0) {
                throw new IllegalArgumentException("unterminated string at " + start);
            }
            pos = end + 1;
            return new Token(Kind.STRING, input.substring(start + 1, end), start);
        }
        pos++;
        return switch (c) {
            case '&' -> expect('&', Kind.AND, "&&", start);
            case '|' -> expect('|', Kind.OR, "||", start);
            case '!' -> peek('=') ? advance(Kind.NEQ, "!=", start) : new Token(Kind.NOT, "!", start);
            case '=' -> expect('=', Kind.EQ, "==", start);
            case '<' -> new Token(Kind.LT, "<", start);
            case '>' -> new Token(Kind.GT, ">", start);
            case '~' -> new Token(Kind.MATCH, "~", start);
            case '(' -> new Token(Kind.LPAREN, "(", start);
            case ')' -> new Token(Kind.RPAREN, ")", start);
            default -> throw new IllegalArgumentException("unexpected '" + c + "' at " + start);
        };
    }

    private boolean peek(char expected) {
        return pos < input.length() && input.charAt(pos) == expected;
    }

    private Token advance(Kind kind, String text, int start) {
        pos++;
        return new Token(kind, text, start);
    }

    private Token expect(char expected, Kind kind, String text, int start) {
        if (!peek(expected)) {
            throw new IllegalArgumentException("expected '" + expected + "' at " + pos);
        }
        return advance(kind, text, start);
    }
}
