package com.northwind.rollout.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tiny lexer for the console's flag filter box, e.g. {@code checkout* AND NOT beta-*}.
 */
public final class FlagExpressionLexer {

    private static final Logger log = LoggerFactory.getLogger(FlagExpressionLexer.class);

    public enum TokenKind { WORD, AND, OR, NOT, EOF }

    public record Token(TokenKind kind, String text, int position) {
    }

    private final String input;
    private int pos;

    public FlagExpressionLexer(String input) {
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
            int start = pos;
            while (pos < input.length() && !Character.isWhitespace(input.charAt(pos))) {
                pos++;
            }
            String text = input.substring(start, pos);
            Token token = new Token(kindOf(text), text, start);
            log.trace("lexed token {} at {}", token, start);
            tokens.add(token);
        }
        tokens.add(new Token(TokenKind.EOF, "", pos));
        return tokens;
    }

    private static TokenKind kindOf(String text) {
        return switch (text.toUpperCase(Locale.ROOT)) {
            case "AND" -> TokenKind.AND;
            case "OR" -> TokenKind.OR;
            case "NOT" -> TokenKind.NOT;
            default -> TokenKind.WORD;
        };
    }

    /** Implicit AND between words; NOT negates the next word. OR is treated as AND for now. */
    public static boolean matches(List<Token> tokens, String flagKey) {
        boolean negate = false;
        for (Token token : tokens) {
            switch (token.kind()) {
                case NOT -> negate = true;
                case WORD -> {
                    boolean hit = glob(token.text(), flagKey);
                    if (hit == negate) {
                        return false;
                    }
                    negate = false;
                }
                default -> { }
            }
        }
        return true;
    }

    private static boolean glob(String pattern, String value) {
        String regex = pattern.replace(".", "\\.").replace("*", ".*");
        return value.matches(regex);
    }
}
