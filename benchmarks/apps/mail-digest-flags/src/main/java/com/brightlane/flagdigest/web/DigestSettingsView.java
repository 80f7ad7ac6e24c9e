package com.brightlane.flagdigest.web;

import java.util.List;

public record DigestSettingsView(
        long projectId,
        String host,
        String projectApiKey,
        String personalApiKey,
        String previousKeyHint,
        String cron,
        String zone,
        List<String> recipients) {
}
