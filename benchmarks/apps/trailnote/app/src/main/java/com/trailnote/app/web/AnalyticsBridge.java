package com.trailnote.app.web;

import android.webkit.JavascriptInterface;
import com.trailnote.app.BuildConfig;

/** Exposed to the bundled help pages as window.Trailnote. */
public class AnalyticsBridge {

    private final String distinctId;

    public AnalyticsBridge(String distinctId) {
        this.distinctId = distinctId;
    }

    @JavascriptInterface
    public String getProjectKey() {
        return BuildConfig.POSTHOG_API_KEY;
    }

    @JavascriptInterface
    public String getDistinctId() {
        return distinctId;
    }

    @JavascriptInterface
    public String getFlagsKey() {
        return BuildConfig.POSTHOG_FLAGS_SECURE_KEY;
    }
}
