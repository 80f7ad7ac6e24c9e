package gg.lumenmc.flaggate.config;

/**
 * The [posthog] table of config.toml after environment overrides were applied.
 */
public record PostHogSettings(
        String host,
        String projectId,
        String projectApiKey,
        String personalApiKey,
        String secureApiKey,
        ApiKeyType localEvaluationKeyType,
        boolean debug,
        int pollIntervalSeconds) {

    public boolean hasPersonalKey() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }

    public String localEvaluationKey() {
        return localEvaluationKeyType == ApiKeyType.SECURE ? secureApiKey : personalApiKey;
    }

    @Override
    public String toString() {
        return "PostHogSettings{host=" + host
                + ", projectId=" + projectId
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + personalApiKey
                + ", localEvaluation=" + localEvaluationKeyType
                + ", debug=" + debug
                + ", pollIntervalSeconds=" + pollIntervalSeconds
                + '}';
    }
}
