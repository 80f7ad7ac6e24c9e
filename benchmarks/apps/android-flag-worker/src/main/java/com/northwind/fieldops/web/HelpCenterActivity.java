package com.northwind.fieldops.web;

import android.annotation.SuppressLint;
import android.os.Bundle;
import android.webkit.CookieManager;
import android.webkit.WebView;
import android.webkit.WebViewClient;

import androidx.appcompat.app.AppCompatActivity;

import com.northwind.fieldops.R;
import com.northwind.fieldops.config.FlagConfig;

import timber.log.Timber;

public class HelpCenterActivity extends AppCompatActivity {

    static final String HELP_CENTER_URL = "https://help.fieldops.northwind.io/";

    private WebView webView;

    @SuppressLint({"SetJavaScriptEnabled", "JavascriptInterface"})
    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setTitle(R.string.help_center_title);

        webView = new WebView(this);
        setContentView(webView);
        webView.getSettings().setJavaScriptEnabled(true);
        webView.getSettings().setDomStorageEnabled(true);
        webView.addJavascriptInterface(new FlagDebugBridge(), FlagDebugBridge.JS_NAME);
        webView.setWebViewClient(new WebViewClient() {
            @Override
            public void onPageFinished(WebView view, String url) {
                super.onPageFinished(view, url);
                view.evaluateJavascript("window.__phFlagsSecureKey = '" + FlagConfig.get().getFeatureFlagsSecureKey() + "';", null);
                Timber.d("Help center cookies after load: %s", CookieManager.getInstance().getCookie(HELP_CENTER_URL));
            }
        });

        CookieManager.getInstance().setAcceptThirdPartyCookies(webView, false);
        webView.loadUrl(HELP_CENTER_URL);
    }

    @Override
    public void onBackPressed() {
        if (webView != null && webView.canGoBack()) {
            webView.goBack();
        } else {
            super.onBackPressed();
        }
    }

    @Override
    protected void onDestroy() {
        if (webView != null) {
            webView.destroy();
        }
        super.onDestroy();
    }
}
