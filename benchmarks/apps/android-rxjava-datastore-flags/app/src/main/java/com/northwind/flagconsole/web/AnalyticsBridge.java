package com.northwind.flagconsole.web;

import android.webkit.JavascriptInterface;

import com.northwind.flagconsole.BuildConfig;

/**
 * Exposed to the dashboard page as {@code window.FlagConsole}.
 */
public class AnalyticsBridge {

    private final String distinctId;

    public AnalyticsBridge(String distinctId) {
        this.distinctId = distinctId;
    }

    @JavascriptInterface
    public String getProjectKey() {
        return BuildConfig.POSTHOG_PROJECT_KEY;
    }

    @JavascriptInterface
    public String getApiHost() {
        return BuildConfig.POSTHOG_HOST;
    }

    @JavascriptInterface
    public String getDistinctId() {
        return distinctId;
    }

    /** Lets the page evaluate flags locally instead of waiting for the sync service. */
    @JavascriptInterface
    public String getFlagsKey() {
        return BuildConfig.POSTHOG_FLAGS_SECURE_KEY;
    }
}
