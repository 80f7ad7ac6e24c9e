package com.acme.flagconsole.web;

public record ProjectSettingsDto(
        String environment,
        Long projectId,
        String host,
        String projectApiKey,
        String secureApiKey,
        int pollIntervalSeconds) {
}
