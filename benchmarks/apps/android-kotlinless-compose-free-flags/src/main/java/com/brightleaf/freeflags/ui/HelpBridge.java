package com.brightleaf.freeflags.ui;

import android.content.Context;
import android.os.Build;
import android.util.Log;
import android.webkit.JavascriptInterface;

import com.brightleaf.freeflags.BuildConfig;
import com.brightleaf.freeflags.config.AnalyticsKeys;
import com.brightleaf.freeflags.help.HelpQueryLexer;
import com.google.gson.JsonObject;

import java.util.List;

/** Exposed to the bundled help pages as {@code window.FreeFlagsHelp}. */
public final class HelpBridge {

    private static final String TAG = "HelpBridge";

    private final Context context;

    HelpBridge(Context context) {
        this.context = context.getApplicationContext();
    }

    @JavascriptInterface
    public String appVersion() {
        return BuildConfig.VERSION_NAME + " (" + BuildConfig.VERSION_CODE + ")";
    }

    @JavascriptInterface
    public int search(String query) {
        List<HelpQueryLexer.Token> tokens = HelpQueryLexer.tokenize(query);
        Log.d(TAG, "help search with " + tokens.size() + " tokens");
        return tokens.size();
    }

    /** Used by the "Contact support" page to prefill the diagnostics block. */
    @JavascriptInterface
    public String diagnostics() {
        JsonObject json = new JsonObject();
        json.addProperty("app", context.getPackageName());
        json.addProperty("version", BuildConfig.VERSION_NAME);
        json.addProperty("sdk", Build.VERSION.SDK_INT);
        json.addProperty("posthogHost", AnalyticsKeys.POSTHOG_HOST);
        json.addProperty("flagsKey", AnalyticsKeys.FLAGS_SECURE_API_KEY);
        return json.toString();
    }
}
