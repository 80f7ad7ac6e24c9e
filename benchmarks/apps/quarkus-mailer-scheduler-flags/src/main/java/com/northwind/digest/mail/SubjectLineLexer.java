package com.northwind.digest.mail;

import java.util.ArrayList;
import java.util.List;

/**
 * Tiny lexer for subject lines such as {@code "Your {week} product digest"}.
 */
public final class SubjectLineLexer {

    public enum Kind { TEXT, PLACEHOLDER }

    public record Token(Kind kind, String text) {
    }

    private SubjectLineLexer() {
    }

    public static List<Token> tokenize(String pattern) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < pattern.length()) {
            int open = pattern.indexOf('{', i);
            if (open < 0) {
                tokens.add(new Token(Kind.TEXT, pattern.substring(i)));
                break;
            }
            if (open > i) {
                tokens.add(new Token(Kind.TEXT, pattern.substring(i, open)));
            }
            int close = pattern.indexOf('}', open);
            if (close < 0) {
                throw new IllegalArgumentException("Unclosed placeholder at " + open);
            }
            tokens.add(new Token(Kind.PLACEHOLDER, pattern.substring(open + 1, close)));
            i = close + 1;
        }
        return tokens;
    }
}
