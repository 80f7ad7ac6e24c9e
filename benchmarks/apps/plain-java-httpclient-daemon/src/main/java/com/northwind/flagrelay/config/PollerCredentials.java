package com.northwind.flagrelay.config;

/**
 * The pair of keys the local-evaluation poller needs: the public project token and the
 * server-side key sent as bearer credential.
 */
public record PollerCredentials(String projectApiKey, String serverKey) {

    public boolean canPoll() {
        return projectApiKey != null && serverKey != null;
    }
}
