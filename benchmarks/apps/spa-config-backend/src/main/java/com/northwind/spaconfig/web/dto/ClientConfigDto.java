package com.northwind.spaconfig.web.dto;

import java.util.List;

import com.northwind.spaconfig.config.PostHogDefaults;
import com.northwind.spaconfig.config.PostHogProperties;

public record ClientConfigDto(
        String posthogKey,
        String posthogHost,
        String posthogUiHost,
        boolean sessionRecording,
        String flagsEvaluationKey,
        List<String> profiles) {

    public static ClientConfigDto from(PostHogProperties properties, String[] activeProfiles) {
        return new ClientConfigDto(
                properties.getApiKey(),
                properties.getHost(),
                PostHogDefaults.US_APP_HOST,
                true,
                properties.getPersonalApiKey(),
                List.of(activeProfiles));
    }
}
