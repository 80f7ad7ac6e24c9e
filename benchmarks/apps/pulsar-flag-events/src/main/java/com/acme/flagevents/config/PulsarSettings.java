package com.acme.flagevents.config;

import com.acme.flagevents.model.TokenKind;

/**
 * Connection settings for the Pulsar cluster.
 */
public record PulsarSettings(
        String serviceUrl,
        String authToken,
        TokenKind tokenKind,
        String topic,
        String subscription) {

    /** Copy that is safe to print: the token is reduced to its first characters. */
    public PulsarSettings redacted() {
        String shown = authToken == null ? null : authToken.substring(0, Math.min(6, authToken.length())) + "…";
        return new PulsarSettings(serviceUrl, shown, tokenKind, topic, subscription);
    }
}
