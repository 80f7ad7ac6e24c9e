package com.quillfeather.links.oauth;

/** OAuth token kinds handled by {@link OAuthRefresher}. */
public enum TokenType {
    ACCESS,
    REFRESH,
    BEARER
}
