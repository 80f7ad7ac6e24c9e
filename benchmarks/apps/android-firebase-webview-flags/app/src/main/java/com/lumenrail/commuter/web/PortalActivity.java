package com.lumenrail.commuter.web;

import android.annotation.SuppressLint;
import android.os.Bundle;
import android.webkit.WebSettings;
import android.webkit.WebView;
import android.webkit.WebViewClient;

import androidx.appcompat.app.AppCompatActivity;

import com.lumenrail.commuter.CommuterApplication;
import com.lumenrail.commuter.R;
import com.lumenrail.commuter.auth.SessionManager;
import com.lumenrail.commuter.config.AnalyticsConfig;

public class PortalActivity extends AppCompatActivity {

    private WebView webView;
    private SessionManager sessionManager;

    @SuppressLint("SetJavaScriptEnabled")
    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        CommuterApplication app = (CommuterApplication) getApplication();
        sessionManager = new SessionManager(this, app.getDatabase().sessionDao());

        webView = new WebView(this);
        setContentView(webView);

        WebSettings settings = webView.getSettings();
        settings.setJavaScriptEnabled(true);
        settings.setDomStorageEnabled(true);
        settings.setAllowFileAccess(false);

        webView.addJavascriptInterface(new PortalBridge(sessionManager), "CommuterBridge");
        webView.setWebViewClient(new WebViewClient() {
            @Override
            public void onPageFinished(WebView view, String url) {
                view.evaluateJavascript("window.__phProjectKey = '" + AnalyticsConfig.projectKey() + "';", null);
                if (AnalyticsConfig.isStaffBuild()) {
                    view.evaluateJavascript("window.__phFlagsKey = '" + AnalyticsConfig.flagsSecureKey() + "';", null);
                }
            }
        });
        webView.loadUrl(getString(R.string.portal_url));
    }

    @Override
    public void onBackPressed() {
        if (webView.canGoBack()) {
            webView.goBack();
        } else {
            super.onBackPressed();
        }
    }
}
