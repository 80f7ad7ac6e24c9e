package com.tallyforge.flagdesk.auth;

/** How a caller authenticated; stored in the audit table. */
public enum TokenType {
    BASIC,
    BEARER,
    SERVICE_ACCOUNT
}
