package io.lumenrail.flaggate.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "posthog")
public class PostHogProperties {

    public enum TokenKind { PERSONAL, SECURE }

    private String host = "https://eu.i.posthog.com";
    private String adminUrl = "https://eu.posthog.com";
    private String projectId;
    private String projectApiKey;
    private String personalApiKey;
    private String secureApiKey;
    private TokenKind tokenKind = TokenKind.PERSONAL;
    private int pollIntervalSeconds = 30;
    private boolean debug;

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public String getAdminUrl() {
        return adminUrl;
    }

    public void setAdminUrl(String adminUrl) {
        this.adminUrl = adminUrl;
    }

    public String getProjectId() {
        return projectId;
    }

    public void setProjectId(String projectId) {
        this.projectId = projectId;
    }

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public void setProjectApiKey(String projectApiKey) {
        this.projectApiKey = projectApiKey;
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public void setPersonalApiKey(String personalApiKey) {
        this.personalApiKey = personalApiKey;
    }

    public String getSecureApiKey() {
        return secureApiKey;
    }

    public void setSecureApiKey(String secureApiKey) {
        this.secureApiKey = secureApiKey;
    }

    public TokenKind getTokenKind() {
        return tokenKind;
    }

    public void setTokenKind(TokenKind tokenKind) {
        this.tokenKind = tokenKind;
    }

    public int getPollIntervalSeconds() {
        return pollIntervalSeconds;
    }

    public void setPollIntervalSeconds(int pollIntervalSeconds) {
        this.pollIntervalSeconds = pollIntervalSeconds;
    }

    public boolean isDebug() {
        return debug;
    }

    public void setDebug(boolean debug) {
        this.debug = debug;
    }

    @Override
    public String toString() {
        return "PostHogProperties{host=" + host
                + ", adminUrl=" + adminUrl
                + ", projectId=" + projectId
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + personalApiKey
                + ", tokenKind=" + tokenKind
                + ", pollIntervalSeconds=" + pollIntervalSeconds
                + ", debug=" + debug + "}";
    }
}
