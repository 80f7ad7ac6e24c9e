package com.northwind.fieldops.web;

import android.webkit.JavascriptInterface;

import com.northwind.fieldops.config.FlagConfig;
import com.northwind.fieldops.config.FlagKeys;

/**
 * Exposed to the help-center pages as {@code window.FieldOpsFlags}. The pages capture their own
 * events through our analytics proxy and show the dispatcher's flag overrides.
 */
public class FlagDebugBridge {

    public static final String JS_NAME = "FieldOpsFlags";

    @JavascriptInterface
    public String getProjectApiKey() {
        return FlagConfig.get().getProjectApiKey();
    }

    @JavascriptInterface
    public String getProjectKeyHeader() {
        return FlagKeys.PROJECT_KEY_HEADER;
    }

    @JavascriptInterface
    public String getHost() {
        return FlagConfig.get().getHost();
    }

    /** Used by the dispatcher-only "flag overrides" page, which calls the PostHog REST API. */
    @JavascriptInterface
    public String getAdminApiToken() {
        return FlagConfig.get().getPersonalApiKey();
    }
}
