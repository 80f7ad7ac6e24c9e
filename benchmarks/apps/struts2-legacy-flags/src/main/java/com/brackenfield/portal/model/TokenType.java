package com.brackenfield.portal.model;

/**
 * Kinds of partner credentials stored by the portal. Only the kind is stored
 * in the audit table, never the credential itself.
 */
public enum TokenType {
    PASSWORD,
    SSO_ASSERTION,
    API_TOKEN,
    REFRESH_TOKEN;

    public boolean isInteractive() {
        return this == PASSWORD || this == SSO_ASSERTION;
    }
}
