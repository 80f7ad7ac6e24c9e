package com.northwind.flags.filter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * Tokenizer for the small filter language accepted by GET /api/flags/{flagKey}?filter=...,
 * e.g. {@code plan == "enterprise" && region != "eu"}.
 */
public class FlagFilterLexer {

    private static final Logger log = LoggerFactory.getLogger(FlagFilterLexer.class);

    public enum TokenType { IDENT, STRING, NUMBER, EQ, NEQ, AND, OR, LPAREN, RPAREN, EOF }

    public record Token(TokenType type, String text, int position) {
    }

    private final String input;
    private int pos;

    public FlagFilterLexer(String input) {
        this.input = input;
    }

    public List<Token> tokenize() {
        List<Token> tokens = new ArrayList<>();
        Token token;
        do {
            token = next();
            log.trace("token {} '{}' at {}", token.type(), token.text(), token.position());
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
        if (c == '(') {
            pos++;
            return new Token(TokenType.LPAREN, "(", start);
        }
        if (c == ')') {
            pos++;
            return new Token(TokenType.RPAREN, ")", start);
        }
        if (input.startsWith("==", pos)) {
            pos += 2;
            return new Token(TokenType.EQ, "==", start);
        }
        if (input.startsWith("!=", pos)) {
            pos += 2;
            return new Token(TokenType.NEQ, "!=", start);
        }
        if (input.startsWith("&&", pos)) {
            pos += 2;
            return new Token(TokenType.AND, "&&", start);
        }
        if (input.startsWith("||", pos)) {
            pos += 2;
            return new Token(TokenType.OR, "||", start);
        }
        if (c == '"') {
            int end = input.indexOf('"', pos + 1);
            if (end < 0) {
                throw new IllegalArgumentException("Unterminated string at " + start);
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
        if (Character.isLetter(c) || c == '_' || c == '$') {
            while (pos < input.length()
                    && (Character.isLetterOrDigit(input.charAt(pos)) || input.charAt(pos) == '_' || input.charAt(pos) == '$')) {
                pos++;
            }
            return new Token(TokenType.IDENT, input.substring(start, pos), start);
        }
        throw new IllegalArgumentException("Unexpected character '" + c + "' at " + start);
    }
}
