package com.lumen.flags.web;

import com.lumen.flags.config.PostHogSettings;

/**
 * JSON shape of GET /admin/settings.json, consumed by the settings page.
 */
public record ProjectSettingsDto(String host, long projectId, String projectApiKey, String personalApiKey,
                                 boolean localEvaluation) {

    public static ProjectSettingsDto from(PostHogSettings settings) {
        return new ProjectSettingsDto(
                settings.host(),
                settings.projectId(),
                settings.projectApiKey(),
                settings.personalApiKey(),
                settings.secureApiKey() != null);
    }
}
