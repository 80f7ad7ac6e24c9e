package com.brackenfield.portal.config;

import java.io.Serializable;

/**
 * Immutable-ish holder for everything the portal needs to talk to PostHog.
 */
public class PostHogSettings implements Serializable {

    private static final long serialVersionUID = 3L;

    private String host;
    private String privateHost;
    private String projectApiKey;
    private String personalApiKey;
    private String flagsSecureKey;
    private int projectId;
    private int pollSeconds;
    private boolean debug;

    public String getHost() { return host; }
    public void setHost(String host) { this.host = host; }

    public String getPrivateHost() { return privateHost; }
    public void setPrivateHost(String privateHost) { this.privateHost = privateHost; }

    public String getProjectApiKey() { return projectApiKey; }
    public void setProjectApiKey(String projectApiKey) { this.projectApiKey = projectApiKey; }

    public String getPersonalApiKey() { return personalApiKey; }
    public void setPersonalApiKey(String personalApiKey) { this.personalApiKey = personalApiKey; }

    public String getFlagsSecureKey() { return flagsSecureKey; }
    public void setFlagsSecureKey(String flagsSecureKey) { this.flagsSecureKey = flagsSecureKey; }

    public int getProjectId() { return projectId; }
    public void setProjectId(int projectId) { this.projectId = projectId; }

    public int getPollSeconds() { return pollSeconds; }
    public void setPollSeconds(int pollSeconds) { this.pollSeconds = pollSeconds; }

    public boolean isDebug() { return debug; }
    public void setDebug(boolean debug) { this.debug = debug; }

    @Override
    public String toString() {
        return "PostHogSettings{host=" + host
                + ", projectId=" + projectId
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + personalApiKey
                + ", flagsSecureKey=" + flagsSecureKey
                + ", pollSeconds=" + pollSeconds
                + ", debug=" + debug + '}';
    }
}
