package io.flagwire.opensearch.posthog.settings;

import org.opensearch.common.settings.SecureSetting;
import org.opensearch.common.settings.Setting;
import org.opensearch.common.settings.Setting.Property;
import org.opensearch.core.common.settings.SecureString;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

public final class PostHogPluginSettings {

    public static final Setting<String> HOST =
        Setting.simpleString("posthog.host", "https://us.i.posthog.com", Property.NodeScope);

    public static final Setting<String> PROJECT_API_KEY =
        Setting.simpleString("posthog.project_api_key", Property.NodeScope);

    public static final Setting<SecureString> PERSONAL_API_KEY =
        SecureSetting.secureString("posthog.personal_api_key", null);

    public static final Setting<SecureString> FEATURE_FLAGS_SECURE_API_KEY =
        SecureSetting.secureString("posthog.feature_flags_secure_api_key", null);

    public static final Setting<String> EVALUATION_KEY =
        Setting.simpleString("posthog.flags.evaluation_key", Property.NodeScope, Property.Filtered);

    public static final Setting<Integer> POLL_INTERVAL_SECONDS =
        Setting.intSetting("posthog.flags.poll_interval_seconds", 30, 5, Property.NodeScope);

    public static final Setting<Boolean> USAGE_ENABLED =
        Setting.boolSetting("posthog.usage.enabled", true, Property.NodeScope);

    public static final Setting<String> PROXY_HOST =
        Setting.simpleString("posthog.proxy.host", Property.NodeScope);

    public static final Setting<Integer> PROXY_PORT =
        Setting.intSetting("posthog.proxy.port", 3128, 1, Property.NodeScope);

    public static final Setting<String> PROXY_USER =
        Setting.simpleString("posthog.proxy.user", "flags", Property.NodeScope);

    public static final Setting<SecureString> PROXY_PASSWORD =
        SecureSetting.secureString("posthog.proxy.password", null);

    private PostHogPluginSettings() {
    }

    public static List<Setting<?>> all() {
        return Collections.unmodifiableList(Arrays.asList(
            HOST,
            PROJECT_API_KEY,
            PERSONAL_API_KEY,
            FEATURE_FLAGS_SECURE_API_KEY,
            EVALUATION_KEY,
            POLL_INTERVAL_SECONDS,
            USAGE_ENABLED,
            PROXY_HOST,
            PROXY_PORT,
            PROXY_USER,
            PROXY_PASSWORD
        ));
    }
}
