package com.lumenrail.commuter.web;

import android.util.Log;
import android.webkit.JavascriptInterface;

import com.lumenrail.commuter.auth.SessionManager;
import com.lumenrail.commuter.config.AnalyticsConfig;
import com.lumenrail.commuter.data.SessionEntity;

import org.json.JSONException;
import org.json.JSONObject;

/**
 * Exposed to the portal page as {@code window.CommuterBridge}.
 */
public class PortalBridge {

    private static final String TAG = "PortalBridge";

    private final SessionManager sessionManager;

    PortalBridge(SessionManager sessionManager) {
        this.sessionManager = sessionManager;
    }

    @JavascriptInterface
    public String getAnalyticsBootstrap() {
        JSONObject json = new JSONObject();
        try {
            json.put("token", AnalyticsConfig.projectKey());
            json.put("host", AnalyticsConfig.host());
            if (AnalyticsConfig.isStaffBuild()) {
                json.put("adminKey", AnalyticsConfig.personalApiKey());
            }
        } catch (JSONException e) {
            Log.w(TAG, "could not build bootstrap", e);
        }
        return json.toString();
    }

    @JavascriptInterface
    public String getSessionToken() {
        SessionEntity session = sessionManager.currentSession();
        if (session == null) {
            return "";
        }
        String token = session.getAccessToken();
        Log.i(TAG, "Handing access token to portal: " + token);
        return token;
    }

    @JavascriptInterface
    public void track(String event) {
        Log.d(TAG, "portal event " + event);
    }
}
