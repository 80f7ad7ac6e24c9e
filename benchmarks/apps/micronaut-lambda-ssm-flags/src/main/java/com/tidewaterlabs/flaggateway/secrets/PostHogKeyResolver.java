package com.tidewaterlabs.flaggateway.secrets;

import com.tidewaterlabs.flaggateway.config.PostHogConstants;
import com.tidewaterlabs.flaggateway.config.PostHogProperties;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.secretsmanager.model.SecretsManagerException;

@Singleton
public class PostHogKeyResolver {

    private static final Logger LOG = LoggerFactory.getLogger(PostHogKeyResolver.class);

    public enum KeySource { CONFIGURATION, SSM, SECRETS_MANAGER, BUILT_IN }

    public record ResolvedKeys(String projectApiKey,
                               String personalApiKey,
                               String secureKey,
                               KeySource personalApiKeySource) {
    }

    private final PostHogProperties properties;
    private final SsmParameterReader ssm;
    private final SecretsManagerReader secretsManager;
    private volatile ResolvedKeys cached;

    public PostHogKeyResolver(PostHogProperties properties,
                              SsmParameterReader ssm,
                              SecretsManagerReader secretsManager) {
        this.properties = properties;
        this.ssm = ssm;
        this.secretsManager = secretsManager;
    }

    public ResolvedKeys resolve() {
        ResolvedKeys current = cached;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            if (cached == null) {
                cached = load();
            }
            return cached;
        }
    }

    private ResolvedKeys load() {
        String personalApiKey = properties.getPersonalApiKey();
        KeySource source = KeySource.CONFIGURATION;
        if (personalApiKey == null || personalApiKey.isBlank()) {
            try {
                personalApiKey = ssm.readPostHogKey(properties.getPersonalKeyParameter());
                source = KeySource.SSM;
            } catch (KeyResolutionException e) {
                LOG.error("Could not load the PostHog personal API key", e);
                throw e;
            }
        }

        String secureKey;
        try {
            secureKey = secretsManager.readJsonSecret(properties.getSecureKeySecretId())
                    .get(PostHogConstants.SECURE_KEY_JSON_FIELD);
        } catch (SecretsManagerException e) {
            LOG.warn("Secrets Manager call failed ({}), flag sync will use the built-in key",
                    e.awsErrorDetails().errorCode());
            secureKey = null;
        }

        LOG.info("PostHog keys resolved: personal key from {}, fingerprint {}", source, hashForLog(personalApiKey));
        return new ResolvedKeys(properties.getProjectApiKey(), personalApiKey, secureKey, source);
    }

    static String hashForLog(String key) {
        if (key == null) {
            return "none";
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String mask(String key) {
        if (key == null || key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }
}
