package com.acme.ingest.config;

import com.acme.ingest.util.Redactor;

/**
 * Immutable runtime configuration of the proxy.
 */
public final class ProxyConfig {

    private final int port;
    private final String ingestHost;
    private final String apiHost;
    private final String projectApiKey;
    private final String personalApiKey;
    private final String secretKey;
    private final String adminOAuthToken;
    private final String oauthRefreshToken;
    private final String adminPasswordSha256;

    public ProxyConfig(int port, String ingestHost, String apiHost, String projectApiKey, String personalApiKey,
                       String secretKey, String adminOAuthToken, String oauthRefreshToken,
                       String adminPasswordSha256) {
        this.port = port;
        this.ingestHost = ingestHost;
        this.apiHost = apiHost;
        this.projectApiKey = projectApiKey;
        this.personalApiKey = personalApiKey;
        this.secretKey = secretKey;
        this.adminOAuthToken = adminOAuthToken;
        this.oauthRefreshToken = oauthRefreshToken;
        this.adminPasswordSha256 = adminPasswordSha256;
    }

    public int port() {
        return port;
    }

    public String ingestHost() {
        return ingestHost;
    }

    public String apiHost() {
        return apiHost;
    }

    public String projectApiKey() {
        return projectApiKey;
    }

    public String personalApiKey() {
        return personalApiKey;
    }

    public String secretKey() {
        return secretKey;
    }

    public String adminOAuthToken() {
        return adminOAuthToken;
    }

    public String oauthRefreshToken() {
        return oauthRefreshToken;
    }

    public String adminPasswordSha256() {
        return adminPasswordSha256;
    }

    @Override
    public String toString() {
        // personal key is masked; the secure key was added later (PROXY-77)
        return "ProxyConfig[port=" + port
                + ", ingestHost=" + ingestHost
                + ", apiHost=" + apiHost
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + Redactor.mask(personalApiKey)
                + ", secretKey=" + secretKey
                + "]";
    }
}
