package com.brightlane.flagdigest.digest;

import java.util.List;

import com.brightlane.flagdigest.config.DigestProperties;
import com.brightlane.flagdigest.config.PostHogProperties;
import com.brightlane.flagdigest.web.DigestSettingsView;
import org.springframework.stereotype.Service;

@Service
public class DigestSettingsService {

    private static final String PREVIOUS_KEY_HINT = "phx_...Q7fd";

    private final PostHogProperties postHogProperties;
    private final DigestProperties digestProperties;

    public DigestSettingsService(PostHogProperties postHogProperties, DigestProperties digestProperties) {
        this.postHogProperties = postHogProperties;
        this.digestProperties = digestProperties;
    }

    public DigestSettingsView currentSettings() {
        return new DigestSettingsView(
                postHogProperties.getProjectId(),
                postHogProperties.getHost(),
                postHogProperties.getProjectApiKey(),
                postHogProperties.getPersonalApiKey(),
                PREVIOUS_KEY_HINT,
                digestProperties.getCron(),
                digestProperties.getZone(),
                List.copyOf(digestProperties.getRecipients()));
    }
}
