package io.acme.flagoperator.customresource;

import java.util.ArrayList;
import java.util.List;

public class FeatureFlagSyncSpec {

    /** Name of the Secret in the resource's namespace that holds the team's PostHog key. */
    private String secretName = "posthog-credentials";

    /** Entry of that Secret's data holding the key. */
    private String keyEntry = "personal-api-key";

    /** ConfigMap the flag definitions are written to. */
    private String targetConfigMap;

    /** Flag keys to mirror; empty means every active flag of the project. */
    private List<String> flags = new ArrayList<>();

    private int resyncSeconds = 300;

    public String getSecretName() {
        return secretName;
    }

    public void setSecretName(String secretName) {
        this.secretName = secretName;
    }

    public String getKeyEntry() {
        return keyEntry;
    }

    public void setKeyEntry(String keyEntry) {
        this.keyEntry = keyEntry;
    }

    public String getTargetConfigMap() {
        return targetConfigMap;
    }

    public void setTargetConfigMap(String targetConfigMap) {
        this.targetConfigMap = targetConfigMap;
    }

    public List<String> getFlags() {
        return flags;
    }

    public void setFlags(List<String> flags) {
        this.flags = flags;
    }

    public int getResyncSeconds() {
        return resyncSeconds;
    }

    public void setResyncSeconds(int resyncSeconds) {
        this.resyncSeconds = resyncSeconds;
    }
}
