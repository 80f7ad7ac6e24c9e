package com.streamline.flagsgraph.context;

public class FlagsRequestContext {

    public enum AuthScheme {
        BEARER,
        API_KEY,
        ANONYMOUS
    }

    private final String bearerToken;
    private final String sessionId;
    private final String distinctId;
    private final AuthScheme tokenType;

    public FlagsRequestContext(String bearerToken, String sessionId, String distinctId, AuthScheme tokenType) {
        this.bearerToken = bearerToken;
        this.sessionId = sessionId;
        this.distinctId = distinctId;
        this.tokenType = tokenType;
    }

    public String getBearerToken() {
        return bearerToken;
    }

    public String getSessionId() {
        return sessionId;
    }

    public String getDistinctId() {
        return distinctId;
    }

    public AuthScheme getTokenType() {
        return tokenType;
    }

    public boolean isAuthenticated() {
        return tokenType != AuthScheme.ANONYMOUS;
    }

    @Override
    public String toString() {
        return "FlagsRequestContext[distinctId=" + distinctId
                + ", tokenType=" + tokenType
                + ", bearerToken=" + bearerToken
                + ", sessionId=" + sessionId + "]";
    }
}
