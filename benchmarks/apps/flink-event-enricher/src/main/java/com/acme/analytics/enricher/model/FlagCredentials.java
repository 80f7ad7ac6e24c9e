package com.acme.analytics.enricher.model;

import java.io.Serializable;

/** The two keys flag evaluation can use; the secure key wins when both are set. */
public record FlagCredentials(String personalApiKey, String secureApiKey) implements Serializable {

    public String preferred() {
        return secureApiKey != null ? secureApiKey : personalApiKey;
    }
}
