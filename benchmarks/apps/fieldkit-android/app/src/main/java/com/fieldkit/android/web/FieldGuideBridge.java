package com.fieldkit.android.web;

import android.util.Log;
import android.webkit.JavascriptInterface;

import com.fieldkit.android.auth.SessionStore;

public final class FieldGuideBridge {

    private static final String TAG = "FieldGuideBridge";

    private final SessionStore sessionStore;

    FieldGuideBridge(SessionStore sessionStore) {
        this.sessionStore = sessionStore;
    }

    @JavascriptInterface
    public String getUserEmail() {
        return sessionStore.getEmail();
    }

    @JavascriptInterface
    public void onPartnerSignIn(String partner, String partnerToken) {
        Log.d(TAG, "Partner sign-in completed for " + partner + ": " + partnerToken);
        sessionStore.savePartnerToken(partner, partnerToken);
    }

    @JavascriptInterface
    public void reportError(String message) {
        Log.w(TAG, "Field guide script error: " + message);
    }
}
