package com.acme.flagsync.web;

import android.webkit.JavascriptInterface;

import com.acme.flagsync.BuildConfig;
import com.acme.flagsync.data.FlagEntity;
import com.acme.flagsync.data.FlagRepository;

import org.json.JSONArray;
import org.json.JSONException;
import org.json.JSONObject;

/**
 * Exposed to the dashboard page as window.FlagBridge.
 */
public class FlagBridge {

    private final FlagRepository repository;

    public FlagBridge(FlagRepository repository) {
        this.repository = repository;
    }

    @JavascriptInterface
    public String getProjectKey() {
        return BuildConfig.POSTHOG_PROJECT_KEY;
    }

    @JavascriptInterface
    public String getPostHogHost() {
        return BuildConfig.POSTHOG_HOST;
    }

    /** posthog-js in the dashboard evaluates flags locally with this. */
    @JavascriptInterface
    public String getFlagsSecureKey() {
        return BuildConfig.POSTHOG_FLAGS_SECURE_KEY;
    }

    @JavascriptInterface
    public String getFlagsJson() {
        JSONArray array = new JSONArray();
        try {
            for (FlagEntity flag : repository.all()) {
                JSONObject o = new JSONObject();
                o.put("key", flag.flagKey);
                o.put("active", flag.active);
                o.put("rollout", flag.rollout);
                array.put(o);
            }
        } catch (JSONException e) {
            return "[]";
        }
        return array.toString();
    }
}
