package com.acme.flags.core.util;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tiny parser for the "show when" expression authors type into the flag-banner dialog,
 * e.g. {@code new-nav && !legacy-footer || beta-program}.
 */
public final class FlagExpression {

    private static final Logger LOG = LoggerFactory.getLogger(FlagExpression.class);

    enum TokenType { FLAG, AND, OR, NOT, LPAREN, RPAREN }

    static final class Token {
        final TokenType type;
        final String text;
        final int position;

        Token(TokenType type, String text, int position) {
            this.type = type;
            this.text = text;
            this.position = position;
        }
    }

    private final List<Token> tokens;
    private int cursor;

    private FlagExpression(List<Token> tokens) {
        this.tokens = tokens;
    }

    public static FlagExpression parse(String source) {
        return new FlagExpression(tokenize(source));
    }

    public boolean evaluate(Predicate<String> isEnabled) {
        cursor = 0;
        if (tokens.isEmpty()) {
            return true;
        }
        boolean result = or(isEnabled);
        if (cursor < tokens.size()) {
            Token token = tokens.get(cursor);
            LOG.debug("Unexpected token '{}' ({}) at position {}", token.text, token.type, token.position);
            return false;
        }
        return result;
    }

    private boolean or(Predicate<String> isEnabled) {
        boolean value = and(isEnabled);
        while (accept(TokenType.OR)) {
            boolean right = and(isEnabled);
            value = value || right;
        }
        return value;
    }

    private boolean and(Predicate<String> isEnabled) {
        boolean value = unary(isEnabled);
        while (accept(TokenType.AND)) {
            boolean right = unary(isEnabled);
            value = value && right;
        }
        return value;
    }

    private boolean unary(Predicate<String> isEnabled) {
        if (accept(TokenType.NOT)) {
            return !unary(isEnabled);
        }
        if (accept(TokenType.LPAREN)) {
            boolean value = or(isEnabled);
            accept(TokenType.RPAREN);
            return value;
        }
        if (cursor < tokens.size() && tokens.get(cursor).type == TokenType.FLAG) {
            return isEnabled.test(tokens.get(cursor++).text);
        }
        return false;
    }

    private boolean accept(TokenType type) {
        if (cursor < tokens.size() && tokens.get(cursor).type == type) {
            cursor++;
            return true;
        }
        return false;
    }

    static List<Token> tokenize(String source) {
        List<Token> out = new ArrayList<>();
        if (source == null) {
            return out;
        }
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '&' && source.startsWith("&&", i)) {
                out.add(new Token(TokenType.AND, "&&", i));
                i += 2;
            } else if (c == '|' && source.startsWith("||", i)) {
                out.add(new Token(TokenType.OR, "||", i));
                i += 2;
            } else if (c == '!') {
                out.add(new Token(TokenType.NOT, "!", i++));
            } else if (c == '(') {
                out.add(new Token(TokenType.LPAREN, "(", i++));
            } else if (c == ')') {
                out.add(new Token(TokenType.RPAREN, ")", i++));
            } else {
                int start = i;
                while (i < source.length() && (Character.isLetterOrDigit(source.charAt(i))
                        || source.charAt(i) == '-' || source.charAt(i) == '_')) {
                    i++;
                }
                if (start == i) {
                    i++;
                    continue;
                }
                out.add(new Token(TokenType.FLAG, source.substring(start, i), start));
            }
        }
        return out;
    }
}
