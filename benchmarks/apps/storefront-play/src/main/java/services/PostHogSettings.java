package services;

import com.typesafe.config.Config;
import java.util.List;

/**
 * PostHog settings read from {@code application.conf}.
 */
public record PostHogSettings(
        String host,
        String projectApiKey,
        String personalApiKey,
        boolean debug,
        List<String> bootstrapFlags) {

    public static PostHogSettings fromConfig(Config config) {
        return new PostHogSettings(
                config.getString("posthog.host"),
                config.getString("posthog.api.key"),
                config.getString(Keys.PERSONAL_KEY_PATH),
                config.getBoolean("posthog.debug"),
                config.getStringList("posthog.bootstrap-flags"));
    }

    public boolean hasPersonalApiKey() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }

    public static String mask(String key) {
        if (key == null || key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }
}
