package com.tallyfield.flagapi.flags;

/**
 * A lexical token of the flag search language, e.g. {@code key:checkout-* AND rollout>=50}.
 */
public record QueryToken(Kind kind, String text, int position) {

    public enum Kind {
        IDENT,
        COLON,
        COMPARATOR,
        NUMBER,
        WILDCARD_TEXT,
        AND,
        OR,
        NOT,
        LPAREN,
        RPAREN,
        EOF
    }

    public boolean is(Kind expected) {
        return kind == expected;
    }

    @Override
    public String toString() {
        return kind + "('" + text + "')@" + position;
    }
}
