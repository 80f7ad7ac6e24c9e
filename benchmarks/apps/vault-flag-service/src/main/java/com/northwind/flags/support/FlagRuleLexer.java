package com.northwind.flags.support;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tokenizes the small filter language used on the admin page, e.g. {@code active & key:checkout-*}.
 */
public class FlagRuleLexer {

    private static final Logger log = LoggerFactory.getLogger(FlagRuleLexer.class);

    public enum TokenKind { WORD, FIELD, AND, OR, NOT, LPAREN, RPAREN }

    public record Token(TokenKind kind, String text, int position) {
    }

    public List<Token> tokenize(String input) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < input.length()) {
            char c = input.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            Token token = switch (c) {
                case '&' -> new Token(TokenKind.AND, "&", i);
                case '|' -> new Token(TokenKind.OR, "|", i);
                case '!' -> new Token(TokenKind.NOT, "!", i);
                case '(' -> new Token(TokenKind.LPAREN, "(", i);
                case ')' -> new Token(TokenKind.RPAREN, ")", i);
                default -> readWord(input, i);
            };
            log.trace("lexed token {} at {}", token, token.position());
            tokens.add(token);
            i += token.text().length();
        }
        return tokens;
    }

    private Token readWord(String input, int start) {
        int end = start;
        while (end < input.length() && "&|!() ".indexOf(input.charAt(end)) < 0) {
            end++;
        }
        String text = input.substring(start, end);
        return new Token(text.contains(":") ? TokenKind.FIELD : TokenKind.WORD, text, start);
    }
}
