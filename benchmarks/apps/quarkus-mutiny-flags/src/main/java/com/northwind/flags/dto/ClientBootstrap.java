package com.northwind.flags.dto;

import java.util.Map;

/**
 * Payload the single-page app fetches before initialising posthog-js.
 *
 * @param projectApiKey    public project token
 * @param host             ingestion host
 * @param flags            flags evaluated server side, used to bootstrap the client
 * @param personalApiKey   only filled for the internal flag editor
 */
public record ClientBootstrap(String projectApiKey, String host, Map<String, Object> flags, String personalApiKey) {

    public static ClientBootstrap forBrowser(String projectApiKey, String host, Map<String, Object> flags) {
        return new ClientBootstrap(projectApiKey, host, flags, null);
    }
}
