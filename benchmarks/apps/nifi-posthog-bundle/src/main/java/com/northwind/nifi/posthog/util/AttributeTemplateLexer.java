package com.northwind.nifi.posthog.util;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an event-name template such as {@code checkout_{step}} into literal text and attribute references.
 */
public final class AttributeTemplateLexer {

    public enum Kind { LITERAL, ATTRIBUTE }

    public record Token(Kind kind, String text) {
    }

    public List<Token> tokenize(final String template) {
        final List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < template.length()) {
            final int open = template.indexOf('{', i);
            if (open < 0) {
                tokens.add(new Token(Kind.LITERAL, template.substring(i)));
                break;
            }
            if (open > i) {
                tokens.add(new Token(Kind.LITERAL, template.substring(i, open)));
            }
            final int close = template.indexOf('}', open);
            if (close < 0) {
                throw new IllegalArgumentException("Unclosed '{' at " + open + " in event template");
            }
            tokens.add(new Token(Kind.ATTRIBUTE, template.substring(open + 1, close)));
            i = close + 1;
        }
        return tokens;
    }
}
