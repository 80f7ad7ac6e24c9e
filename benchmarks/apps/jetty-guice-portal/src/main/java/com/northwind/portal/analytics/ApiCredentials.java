package com.northwind.portal.analytics;

/** Host and personal API key used for PostHog's private API (flag admin, local evaluation). */
public record ApiCredentials(String host, String personalApiKey) {

    public String apiBase() {
        return host.endsWith("/") ? host.substring(0, host.length() - 1) : host;
    }
}
