package com.acme.flagctl.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Lexer for the tiny {@code --where} language of {@code flagctl list}, e.g.
 * {@code active and rollout < 50 and key ~ "checkout"}.
 */
public final class FilterLexer {

    private static final Logger LOG = Logger.getLogger(FilterLexer.class.getName());

    public enum TokenType { IDENT, NUMBER, STRING, AND, OR, NOT, LT, GT, EQ, MATCH, LPAREN, RPAREN, EOF }

    public record Token(TokenType type, String text, int position) {
        @Override
        public String toString() {
            return type + "('" + text + "')@" + position;
        }
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
            LOG.finest("lexed token " + token);
            tokens.add(token);
        } while (token.type() != TokenType.EOF);
        return tokens;
    }

    private Token next() {
        while (pos < input.length() && Character.isWhitespace(input.charAt(pos))) {
            pos++;
        }
        if (pos >= input.length()) {
            return new Token(TokenType.EOF, "", pos);
        }
        int start = pos;
        char c = input.charAt(pos);
        switch (c) {
            case '(': pos++; return new Token(TokenType.LPAREN, "(", start);
            case ')': pos++; return new Token(TokenType.RPAREN, ")", start);
            case '<': pos++; return new Token(TokenType.LT, "<", start);
            case '>': pos++; return new Token(TokenType.GT, ">", start);
            case '=': pos++; return new Token(TokenType.EQ, "=", start);
            case '~': pos++; return new Token(TokenType.MATCH, "~", start);
            case '"': return string(start);
            default:
                break;
        }
        if (Character.isDigit(c)) {
            while (pos < input.length() && Character.isDigit(input.charAt(pos))) {
                pos++;
            }
            return new Token(TokenType.NUMBER, input.substring(start, pos), start);
        }
        if (Character.isLetter(c) || c == '_') {
            while (pos < input.length() && (Character.isLetterOrDigit(input.charAt(pos)) || input.charAt(pos) == '_')) {
                pos++;
            }
            String word = input.substring(start, pos);
            return switch (word.toLowerCase()) {
                case "and" -> new Token(TokenType.AND, word, start);
                case "or" -> new Token(TokenType.OR, word, start);
                case "not" -> new Token(TokenType.NOT, word, start);
                default -> new Token(TokenType.IDENT, word, start);
            };
        }
        throw new IllegalArgumentException("Unexpected '" + c + "' at position " + start + " in filter");
    }

    private Token string(int start) {
        pos++; // opening quote
        StringBuilder sb = new StringBuilder();
        while (pos < input.length() && input.charAt(pos) != '"') {
            sb.append(input.charAt(pos++));
        }
        if (pos >= input.length()) {
            throw new IllegalArgumentException("Unterminated string starting at position " + start);
        }
        pos++; // closing quote
        return new Token(TokenType.STRING, sb.toString(), start);
    }
}
