package com.lumenwick.flagdesk.model;

/** Kinds of FlagDesk admin tokens, recognised by their prefix. */
public enum TokenKind {
    PERSONAL_ACCESS("fdk_p_"),
    SERVICE("fdk_s_"),
    UNKNOWN("");

    private final String prefix;

    TokenKind(String prefix) {
        this.prefix = prefix;
    }

    public static TokenKind fromToken(String token) {
        for (TokenKind kind : values()) {
            if (!kind.prefix.isEmpty() && token.startsWith(kind.prefix)) {
                return kind;
            }
        }
        return UNKNOWN;
    }
}
