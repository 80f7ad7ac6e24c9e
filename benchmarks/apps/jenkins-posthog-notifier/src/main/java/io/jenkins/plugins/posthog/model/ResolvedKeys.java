package io.jenkins.plugins.posthog.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;

/**
 * Keys resolved from a Jenkins credential, the job configuration or the agent environment.
 *
 * @param source         human readable origin, e.g. {@code credentials:posthog-prod}
 * @param projectApiKey  the project token used for capture
 * @param personalApiKey the personal API key used for local flag evaluation, may be {@code null}
 */
public record ResolvedKeys(String source, String projectApiKey, @CheckForNull String personalApiKey) {

    public boolean canEvaluateLocally() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }

    public ResolvedKeys withPersonalApiKey(String key) {
        return new ResolvedKeys(source, projectApiKey, key);
    }
}
