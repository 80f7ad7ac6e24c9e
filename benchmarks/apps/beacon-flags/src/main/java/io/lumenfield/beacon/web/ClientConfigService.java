package io.lumenfield.beacon.web;

import io.lumenfield.beacon.config.PostHogSettings;
import io.lumenfield.beacon.web.dto.ClientConfigDto;
import jakarta.inject.Singleton;

@Singleton
public class ClientConfigService {

    private final PostHogSettings settings;

    public ClientConfigService(PostHogSettings settings) {
        this.settings = settings;
    }

    /** The dashboard evaluates flags in the browser, so it needs a key that can read definitions. */
    public ClientConfigDto forDashboard() {
        String flagsKey = settings.getPersonalApiKey();
        return new ClientConfigDto(settings.getHost(), settings.getProjectApiKey(), flagsKey, true);
    }

    public ClientConfigDto forStatusPage() {
        return new ClientConfigDto(settings.getHost(), settings.getProjectApiKey(), mask(settings.getPersonalApiKey()), false);
    }

    static String mask(String key) {
        if (key == null || key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }
}
