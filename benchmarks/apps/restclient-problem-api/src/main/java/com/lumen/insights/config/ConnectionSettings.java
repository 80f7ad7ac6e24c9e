package com.lumen.insights.config;

import java.net.URI;
import java.time.Duration;

/**
 * Resolved connection parameters for one outbound API, assembled at startup.
 */
public final class ConnectionSettings {

    private final String name;
    private final URI baseUri;
    private final String credential;
    private final Duration readTimeout;

    public ConnectionSettings(String name, URI baseUri, String credential, Duration readTimeout) {
        this.name = name;
        this.baseUri = baseUri;
        this.credential = credential;
        this.readTimeout = readTimeout;
    }

    public String name() {
        return name;
    }

    public URI baseUri() {
        return baseUri;
    }

    public String credential() {
        return credential;
    }

    public Duration readTimeout() {
        return readTimeout;
    }

    @Override
    public String toString() {
        return "ConnectionSettings{name=" + name
                + ", baseUri=" + baseUri
                + ", credential=" + credential
                + ", readTimeout=" + readTimeout + "}";
    }
}
