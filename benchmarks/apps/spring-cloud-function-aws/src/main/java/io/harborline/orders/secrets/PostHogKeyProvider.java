package io.harborline.orders.secrets;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class PostHogKeyProvider {

    private final SecretsLoader secretsLoader;
    private final String secretId;

    public PostHogKeyProvider(SecretsLoader secretsLoader,
                              @Value("${orders.secrets.posthog-secret-id}") String secretId) {
        this.secretsLoader = secretsLoader;
        this.secretId = secretId;
    }

    public String secureKey() {
        String fromEnv = System.getenv(PostHogKeys.SECURE_KEY_ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv;
        }
        return secretsLoader.field(secretId, PostHogKeys.SECRET_FIELD_SECURE);
    }

    public String personalKey() {
        return secretsLoader.field(secretId, PostHogKeys.SECRET_FIELD_PERSONAL);
    }

    public String masked(String key) {
        if (key == null || key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    public String secretId() {
        return secretId;
    }
}
