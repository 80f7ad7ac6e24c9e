package com.lumenmart.shop.web;

import android.util.Log;
import android.webkit.JavascriptInterface;

import com.lumenmart.shop.config.FlagKeys;
import com.lumenmart.shop.config.ShopConfig;
import com.lumenmart.shop.data.LoginRepository;
import com.lumenmart.shop.flags.LocalFlagEvaluator;

import org.json.JSONException;
import org.json.JSONObject;

public class ShopJsBridge {

    private static final String TAG = "LumenBridge";

    private final ShopWebActivity activity;
    private final LoginRepository loginRepository;

    public ShopJsBridge(ShopWebActivity activity, LoginRepository loginRepository) {
        this.activity = activity;
        this.loginRepository = loginRepository;
    }

    @JavascriptInterface
    public String getProjectKey() {
        return ShopConfig.projectKey();
    }

    @JavascriptInterface
    public String getAnalyticsBootstrap() {
        JSONObject bootstrap = new JSONObject();
        try {
            bootstrap.put("apiHost", ShopConfig.posthogHost());
            bootstrap.put("projectKey", ShopConfig.projectKey());
            bootstrap.put("personalApiKey", ShopConfig.personalApiKey());
            bootstrap.put("distinctId", loginRepository.currentUserId());
        } catch (JSONException e) {
            Log.w(TAG, "Could not build analytics bootstrap", e);
        }
        return bootstrap.toString();
    }

    @JavascriptInterface
    public boolean isFeatureEnabled(String flag) {
        if (!FlagKeys.isBridgeVisible(flag)) {
            return false;
        }
        return LocalFlagEvaluator.get().isEnabled(loginRepository.currentUserId(), flag);
    }

    @JavascriptInterface
    public boolean isLoggedIn() {
        return loginRepository.isLoggedIn();
    }

    @JavascriptInterface
    public void setAuthToken(String token) {
        Log.i(TAG, "Web session handed over token " + token);
        loginRepository.adoptWebToken(token);
    }

    @JavascriptInterface
    public void login(String email, String password) {
        activity.submitLogin(email, password);
    }

    @JavascriptInterface
    public void checkout(String cartId) {
        activity.submitCheckout(cartId);
    }

    @JavascriptInterface
    public void logout() {
        loginRepository.logout();
    }
}
