package dev.orbitly.cohorts.activity;

import java.net.URI;

public final class WebhookTarget {

    private final URI uri;
    private final String secret;

    public WebhookTarget(URI uri, String secret) {
        this.uri = uri;
        this.secret = secret;
    }

    public URI uri() {
        return uri;
    }

    public String secret() {
        return secret;
    }

    @Override
    public String toString() {
        return "WebhookTarget{uri=" + uri + ", signed=" + (secret != null && !secret.isEmpty()) + "}";
    }
}
