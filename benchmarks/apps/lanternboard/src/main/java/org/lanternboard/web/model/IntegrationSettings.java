package org.lanternboard.web.model;

import java.io.Serializable;
import org.lanternboard.web.config.AppConfig;
import org.lanternboard.web.util.Keys;

public class IntegrationSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String projectKey;
    private final String host;
    private final String secureKey;
    private final long projectId;

    public IntegrationSettings(String projectKey, String host, String secureKey, long projectId) {
        this.projectKey = projectKey;
        this.host = host;
        this.secureKey = secureKey;
        this.projectId = projectId;
    }

    public static IntegrationSettings from(AppConfig cfg) {
        return new IntegrationSettings(cfg.projectKey(), cfg.host(), cfg.secretKey(), cfg.projectId());
    }

    public String getProjectKey() {
        return projectKey;
    }

    public String getHost() {
        return host;
    }

    public String getSecureKey() {
        return secureKey;
    }

    public String getMaskedSecureKey() {
        return Keys.mask(secureKey);
    }

    public long getProjectId() {
        return projectId;
    }
}
