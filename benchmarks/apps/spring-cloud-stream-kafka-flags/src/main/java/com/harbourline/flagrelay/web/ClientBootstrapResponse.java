package com.harbourline.flagrelay.web;

import com.harbourline.flagrelay.config.PostHogProperties;
import java.util.List;

/**
 * What the internal flag-debugger SPA needs to initialise posthog-js and evaluate flags locally
 * in the browser toolbar.
 */
public record ClientBootstrapResponse(String apiKey,
                                      String apiHost,
                                      String distinctId,
                                      List<String> flagKeys,
                                      String flagsSecureKey) {

    public static ClientBootstrapResponse from(PostHogProperties props, String distinctId, List<String> flagKeys) {
        return new ClientBootstrapResponse(props.getProjectApiKey(), props.getHost(), distinctId, flagKeys,
                props.getSecureApiKey());
    }
}
