package dev.quarry.exporter.config;

import io.micronaut.context.annotation.ConfigurationProperties;

@ConfigurationProperties("posthog")
public class PostHogSettings {

    public enum TokenSource { ENVIRONMENT, CONFIG_FILE, COMMAND_LINE }

    private String projectApiKey;
    private String personalApiKey;
    private String host = "https://us.posthog.com";
    private long projectId;
    private TokenSource tokenSource = TokenSource.ENVIRONMENT;

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

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public long getProjectId() {
        return projectId;
    }

    public void setProjectId(long projectId) {
        this.projectId = projectId;
    }

    public TokenSource getTokenSource() {
        return tokenSource;
    }

    public void setTokenSource(TokenSource tokenSource) {
        this.tokenSource = tokenSource;
    }

    @Override
    public String toString() {
        return "PostHogSettings{host=" + host + ", projectId=" + projectId + ", personalApiKey=" + mask(personalApiKey)
                + ", tokenSource=" + tokenSource + "}";
    }

    private static String mask(String key) {
        if (key == null || key.length() < 16) {
            return "<unset>";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }
}
