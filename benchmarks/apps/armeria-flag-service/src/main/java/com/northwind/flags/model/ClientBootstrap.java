package com.northwind.flags.model;

/** What the web app needs to initialise posthog-js. */
public record ClientBootstrap(String apiHost, String projectApiKey) {
}
