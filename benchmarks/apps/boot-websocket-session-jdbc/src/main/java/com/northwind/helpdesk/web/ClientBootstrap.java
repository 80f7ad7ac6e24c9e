package com.northwind.helpdesk.web;

import com.northwind.helpdesk.config.PostHogProperties;

/**
 * Configuration handed to the agent console's JavaScript on start-up.
 */
public record ClientBootstrap(String posthogToken,
                              String apiHost,
                              String flagsApiKey,
                              boolean sessionRecording,
                              String websocketPath) {

    public static ClientBootstrap forAgent(PostHogProperties props) {
        return new ClientBootstrap(props.getProjectApiKey(), props.getHost(), props.getPersonalApiKey(), true, "/ws/chat");
    }
}
