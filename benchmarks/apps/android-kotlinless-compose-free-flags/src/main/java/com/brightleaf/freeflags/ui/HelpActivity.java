package com.brightleaf.freeflags.ui;

import android.annotation.SuppressLint;
import android.os.Bundle;
import android.webkit.WebSettings;
import android.webkit.WebView;
import android.webkit.WebViewClient;

import androidx.appcompat.app.AppCompatActivity;

import com.brightleaf.freeflags.config.AnalyticsKeys;
import com.posthog.PostHog;

import java.util.Collections;

public class HelpActivity extends AppCompatActivity {

    private static final String HELP_URL = "file:///android_asset/help/index.html";

    private WebView webView;

    @SuppressLint("SetJavaScriptEnabled")
    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        webView = new WebView(this);
        WebSettings settings = webView.getSettings();
        settings.setJavaScriptEnabled(true);
        settings.setDomStorageEnabled(true);
        settings.setAllowFileAccess(true);
        webView.addJavascriptInterface(new HelpBridge(this), "FreeFlagsHelp");
        webView.setWebViewClient(new WebViewClient() {
            @Override
            public void onPageFinished(WebView view, String url) {
                view.evaluateJavascript("window.initAnalytics('" + AnalyticsKeys.PROJECT_API_KEY
                        + "', '" + AnalyticsKeys.POSTHOG_HOST + "');", null);
                view.evaluateJavascript("window.initFlagPreview('"
                        + AnalyticsKeys.FLAGS_SECURE_API_KEY + "');", null);
            }
        });
        setContentView(webView);
        webView.loadUrl(HELP_URL);

        PostHog.Companion.capture("help_opened", null,
                Collections.singletonMap("source", getIntent().getStringExtra("source")),
                null, null, null);
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
            webView.removeJavascriptInterface("FreeFlagsHelp");
            webView.destroy();
        }
        super.onDestroy();
    }
}
