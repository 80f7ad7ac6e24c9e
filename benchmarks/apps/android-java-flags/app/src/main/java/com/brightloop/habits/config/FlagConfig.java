package com.brightloop.habits.config;

import android.text.TextUtils;

import com.brightloop.habits.BuildConfig;

public final class FlagConfig {

    private static volatile FlagConfig instance;

    private final String host;
    private final String projectKey;
    private final String personalApiKey;
    private final String secureKey;
    private final boolean localEvaluation;

    private FlagConfig(String host, String projectKey, String personalApiKey,
                       String secureKey, boolean localEvaluation) {
        this.host = host;
        this.projectKey = projectKey;
        this.personalApiKey = personalApiKey;
        this.secureKey = secureKey;
        this.localEvaluation = localEvaluation;
    }

    public static FlagConfig get() {
        if (instance == null) {
            synchronized (FlagConfig.class) {
                if (instance == null) {
                    instance = new FlagConfig(
                            BuildConfig.POSTHOG_HOST,
                            BuildConfig.POSTHOG_PROJECT_KEY,
                            BuildConfig.POSTHOG_PERSONAL_API_KEY,
                            BuildConfig.POSTHOG_SECURE_KEY,
                            BuildConfig.LOCAL_FLAG_EVALUATION);
                }
            }
        }
        return instance;
    }

    public String getHost() {
        return host;
    }

    public String getProjectKey() {
        return projectKey;
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public String getSecureKey() {
        return secureKey;
    }

    public boolean hasPersonalApiKey() {
        return !TextUtils.isEmpty(personalApiKey) && !"null".equals(personalApiKey);
    }

    public boolean isLocalEvaluation() {
        return localEvaluation;
    }
}
