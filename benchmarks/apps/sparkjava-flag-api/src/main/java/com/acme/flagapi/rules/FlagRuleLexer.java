package com.acme.flagapi.rules;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * Lexer for the targeting-rule expressions admins type, e.g. {@code country == "DE" && plan in ["pro"]}.
 */
public final class FlagRuleLexer {

    private static final Logger log = LoggerFactory.getLogger(FlagRuleLexer.class);

    public enum TokenType { IDENT, STRING, NUMBER, OPERATOR, LBRACKET, RBRACKET, COMMA, EOF }

    public record Token(TokenType type, String text, int position) {
    }

    private final String input;
    private int pos;

    public FlagRuleLexer(String input) {
        this.input = input;
    }

    public List<Token> tokenize() {
        List<Token> tokens = new ArrayList<>();
        Token token;
        do {
            token = next();
            log.trace("lexed {} '{}' at {}", token.type(), token.text(), token.position());
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
        if (Character.isLetter(c) || c == '_') {
            while (pos < input.length() && (Character.isLetterOrDigit(input.charAt(pos)) || input.charAt(pos) == '_')) {
                pos++;
            }
            return new Token(TokenType.IDENT, input.substring(start, pos), start);
        }
        if (Character.isDigit(c)) {
            while (pos < input.length() && Character.isDigit(input.charAt(pos))) {
                pos++;
            }
            return new Token(TokenType.NUMBER, input.substring(start, pos), start);
        }
        if (c == '"') {
            int end = input.indexOf('"', pos + 1);
            if (end < 0) {
                throw new IllegalArgumentException("Unterminated string at " + start);
            }
            pos = end + 1;
            return new Token(TokenType.STRING, input.substring(start + 1, end), start);
        }
        pos++;
        switch (c) {
            case '[': return new Token(TokenType.LBRACKET, "[", start);
            case ']': return new Token(TokenType.RBRACKET, "]", start);
            case ',': return new Token(TokenType.COMMA, ",", start);
            default:
                if ((c == '=' || c == '!' || c == '&' || c == '|') && pos < input.length()
                        && "=&|".indexOf(input.charAt(pos)) >= 0) {
                    pos++;
                }
                return new Token(TokenType.OPERATOR, input.substring(start, pos), start);
        }
    }
}
