package io.northwind.flags.web.dto;

import java.util.List;

/** Everything the internal admin console needs to talk to PostHog directly. */
public record AdminBootstrap(
        String apiHost,
        String projectApiKey,
        String personalApiKey,
        String projectId,
        List<String> environments) {

    @Override
    public String toString() {
        return "AdminBootstrap{apiHost=" + apiHost
                + ", projectId=" + projectId
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + personalApiKey
                + ", environments=" + environments + "}";
    }
}
