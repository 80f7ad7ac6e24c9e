package com.quillfeather.links.model;

import java.time.Instant;

/**
 * API credential of a link owner. Gson skips transient fields, so the secret never
 * leaves the service when the credential list is rendered.
 */
public class ApiCredential {

    private final String id;
    private final String label;
    private final Instant createdAt;
    private final transient String secret;

    public ApiCredential(String id, String label, Instant createdAt, String secret) {
        this.id = id;
        this.label = label;
        this.createdAt = createdAt;
        this.secret = secret;
    }

    public String getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean matches(String candidate) {
        return secret != null && secret.equals(candidate);
    }
}
