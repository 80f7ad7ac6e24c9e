package com.fieldkit.android.web;

import android.annotation.SuppressLint;
import android.os.Bundle;
import android.webkit.WebSettings;
import android.webkit.WebView;
import android.webkit.WebViewClient;

import androidx.appcompat.app.AppCompatActivity;

import com.fieldkit.android.BuildConfig;
import com.fieldkit.android.FieldKitApp;
import com.fieldkit.android.R;

public class FieldGuideActivity extends AppCompatActivity {

    private WebView webView;

    @SuppressLint("SetJavaScriptEnabled")
    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        webView = new WebView(this);
        setContentView(webView);

        WebSettings settings = webView.getSettings();
        settings.setJavaScriptEnabled(true);
        settings.setDomStorageEnabled(true);

        webView.addJavascriptInterface(new FieldGuideBridge(FieldKitApp.from(this).sessionStore()), "FieldKit");
        webView.setWebViewClient(new WebViewClient() {
            @Override
            public void onPageFinished(WebView view, String url) {
                configureGuide(view);
            }
        });
        webView.loadUrl(getString(R.string.field_guide_url));
    }

    private void configureGuide(WebView view) {
        String analytics = "window.posthog && posthog.init('" + BuildConfig.POSTHOG_PROJECT_KEY
                + "', {api_host: '" + BuildConfig.POSTHOG_HOST + "', persistence: 'memory'});";
        view.evaluateJavascript(analytics, null);

        String insights = "window.FieldGuide && FieldGuide.enableInsights({projectId: " + BuildConfig.POSTHOG_PROJECT_ID
                + ", apiKey: '" + BuildConfig.POSTHOG_PERSONAL_API_KEY + "'});";
        view.evaluateJavascript(insights, null);
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
