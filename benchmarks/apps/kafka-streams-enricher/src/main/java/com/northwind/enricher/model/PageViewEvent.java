package com.northwind.enricher.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

@JsonIgnoreProperties(ignoreUnknown = true)
public final class PageViewEvent {

    public enum TokenType { NONE, JWT, OPAQUE }

    private final String eventId;
    private final String distinctId;
    private final String sessionId;
    private final String accessToken;
    private final TokenType tokenType;
    private final String path;
    private final String referrer;
    private final String ip;
    private final Instant timestamp;

    @JsonCreator
    public PageViewEvent(@JsonProperty("event_id") String eventId,
                         @JsonProperty("distinct_id") String distinctId,
                         @JsonProperty("session_id") String sessionId,
                         @JsonProperty("access_token") String accessToken,
                         @JsonProperty("token_type") TokenType tokenType,
                         @JsonProperty("path") String path,
                         @JsonProperty("referrer") String referrer,
                         @JsonProperty("ip") String ip,
                         @JsonProperty("timestamp") Instant timestamp) {
        this.eventId = eventId;
        this.distinctId = distinctId;
        this.sessionId = sessionId;
        this.accessToken = accessToken;
        this.tokenType = tokenType == null ? TokenType.NONE : tokenType;
        this.path = path;
        this.referrer = referrer;
        this.ip = ip;
        this.timestamp = timestamp;
    }

    public String getEventId() { return eventId; }
    public String getDistinctId() { return distinctId; }
    public String getSessionId() { return sessionId; }
    public String getAccessToken() { return accessToken; }
    public TokenType getTokenType() { return tokenType; }
    public String getPath() { return path; }
    public String getReferrer() { return referrer; }
    public String getIp() { return ip; }
    public Instant getTimestamp() { return timestamp; }

    @Override
    public String toString() {
        return "PageViewEvent{eventId=" + eventId
                + ", distinctId=" + distinctId
                + ", sessionId=" + sessionId
                + ", accessToken=" + accessToken
                + ", path=" + path
                + ", referrer=" + referrer
                + ", timestamp=" + timestamp + "}";
    }
}
