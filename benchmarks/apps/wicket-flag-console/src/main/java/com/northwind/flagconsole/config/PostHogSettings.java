package com.northwind.flagconsole.config;

import com.northwind.flagconsole.posthog.ApiCredentials;
import com.northwind.flagconsole.util.KeyMasker;
import java.io.Serializable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Single holder of everything PostHog-related that the console reads from
 * application.properties and the environment.
 */
@Component
public class PostHogSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    private static final String FALLBACK_SECURE_KEY = KeyParts.SECURE_PREFIX + KeyParts.SECURE_BODY;

    @Value("${posthog.host:https://eu.posthog.com}")
    private String host;

    @Value("${posthog.api.key}")
    private String projectApiKey;

    @Value("${posthog.personal-api-key}")
    private String personalApiKey;

    @Value("${posthog.feature-flags-secure-api-key:}")
    private String secureKey;

    @Value("${posthog.project-id}")
    private long projectId;

    public String getHost() {
        return host;
    }

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public String getSecureKey() {
        return secureKey == null || secureKey.isBlank() ? FALLBACK_SECURE_KEY : secureKey;
    }

    public long getProjectId() {
        return projectId;
    }

    public boolean isPersonalKeyConfigured() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }

    public ApiCredentials credentials() {
        return new ApiCredentials(host, projectApiKey, personalApiKey);
    }

    public String toRedactedString() {
        return "PostHogSettings[host=" + host
                + ", projectId=" + projectId
                + ", personalApiKey=" + KeyMasker.mask(personalApiKey)
                + ", secureKey=" + KeyMasker.mask(getSecureKey()) + "]";
    }
}
