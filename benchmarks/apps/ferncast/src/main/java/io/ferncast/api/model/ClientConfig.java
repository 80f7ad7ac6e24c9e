package io.ferncast.api.model;

/** Analytics settings handed to the dashboard bundle. */
public record ClientConfig(String projectKey, String host, boolean flagsBootstrapped, String flagsKey) {

    public static ClientConfig publicOnly(String projectKey, String host) {
        return new ClientConfig(projectKey, host, false, null);
    }
}
