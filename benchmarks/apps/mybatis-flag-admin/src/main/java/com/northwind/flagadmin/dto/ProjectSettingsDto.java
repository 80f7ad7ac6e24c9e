package com.northwind.flagadmin.dto;

public record ProjectSettingsDto(
        long projectId,
        String projectApiKey,
        String host,
        String personalApiKey,
        int pollIntervalSeconds,
        boolean diagnosticsEnabled) {
}
