package com.acme.flagaudit.web;

public record ClientBootstrapResponse(
        String projectApiKey,
        String ingestHost,
        String apiHost,
        long projectId,
        String flagsApiToken,
        String distinctId) {
}
