package com.lumenstack.connect.posthog.config;

import static com.lumenstack.connect.posthog.config.ConfigKeys.*;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.common.config.types.Password;

/**
 * Cross-field checks that {@link org.apache.kafka.common.config.ConfigDef} cannot express.
 */
public class PostHogConfigValidator {

    /** Called from {@code PostHogSinkConnector#validate}, results show up in the Connect REST validate call. */
    public Config validate(Map<String, String> props, Config result) {
        Map<String, ConfigValue> byName = result.configValues().stream()
                .collect(Collectors.toMap(ConfigValue::name, Function.identity()));

        boolean sandbox = Boolean.parseBoolean(props.getOrDefault(SANDBOX, "false"));
        String projectKey = props.get(PROJECT_API_KEY);
        if (projectKey == null && !sandbox) {
            byName.get(PROJECT_API_KEY).addErrorMessage(PROJECT_API_KEY + " is required unless " + SANDBOX + "=true");
        } else if (projectKey != null && !KeyFormats.isProjectKey(projectKey)) {
            byName.get(PROJECT_API_KEY).addErrorMessage(
                    "Expected a project API key starting with " + KeyFormats.PROJECT_KEY_PREFIX);
        }

        String personalKey = props.get(PERSONAL_API_KEY);
        if (personalKey != null && KeyFormats.isProjectKey(personalKey)) {
            byName.get(PERSONAL_API_KEY).addErrorMessage(
                    "This is a project API key; local evaluation needs a personal API key ("
                            + KeyFormats.PERSONAL_KEY_PREFIX + ")");
        }

        boolean adminEnabled = Boolean.parseBoolean(props.getOrDefault(ADMIN_ENABLED, "false"));
        if (adminEnabled && props.get(PROJECT_ID) == null && personalKey != null) {
            byName.get(PROJECT_ID).addErrorMessage(PROJECT_ID + " is needed for the flag preview page");
        }
        return result;
    }

    /** Fails task start early instead of letting the SDK return 401s on every flag poll. */
    public static void requireUsableKeys(PostHogSinkConfig config) {
        Password secure = config.featureFlagsSecureKey();
        if (secure != null && !KeyFormats.isSecretKey(secure.value())) {
            throw new ConfigException(FEATURE_FLAGS_SECURE_API_KEY, secure,
                    "expected a feature flags secure API key starting with " + KeyFormats.SECRET_KEY_PREFIX);
        }

        String personal = config.credentials().personalApiKey();
        if (personal != null && !KeyFormats.isPersonalKey(personal) && !KeyFormats.isSecretKey(personal)) {
            throw new ConfigException(PERSONAL_API_KEY, personal,
                    "expected a personal API key starting with " + KeyFormats.PERSONAL_KEY_PREFIX);
        }
    }
}
