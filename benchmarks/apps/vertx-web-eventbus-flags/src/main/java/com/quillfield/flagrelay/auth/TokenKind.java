package com.quillfield.flagrelay.auth;

/**
 * Kinds of OAuth credentials the relay deals with; used for metrics and audit labels.
 */
public enum TokenKind {
    ACCESS_TOKEN("pha_"),
    REFRESH_TOKEN("phr_");

    private final String prefix;

    TokenKind(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }
}
