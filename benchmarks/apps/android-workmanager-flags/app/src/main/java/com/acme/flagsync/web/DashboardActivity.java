package com.acme.flagsync.web;

import android.annotation.SuppressLint;
import android.os.Bundle;
import android.webkit.WebSettings;
import android.webkit.WebView;
import android.webkit.WebViewClient;

import androidx.appcompat.app.AppCompatActivity;

import com.acme.flagsync.BuildConfig;
import com.acme.flagsync.R;
import com.acme.flagsync.auth.SessionStore;
import com.acme.flagsync.config.FlagSecrets;
import com.acme.flagsync.data.AppDatabase;
import com.acme.flagsync.data.FlagRepository;
import com.acme.flagsync.net.ApiClient;

public class DashboardActivity extends AppCompatActivity {

    private WebView webView;

    @SuppressLint("SetJavaScriptEnabled")
    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        SessionStore session = new SessionStore(this);

        webView = new WebView(this);
        WebSettings settings = webView.getSettings();
        settings.setJavaScriptEnabled(true);
        settings.setDomStorageEnabled(true);

        FlagRepository repository = new FlagRepository(
                AppDatabase.get(this).flagDao(),
                ApiClient.backend(session),
                ApiClient.postHog());
        webView.addJavascriptInterface(new FlagBridge(repository), "FlagBridge");

        webView.setWebViewClient(new WebViewClient() {
            @Override
            public void onPageFinished(WebView view, String url) {
                view.evaluateJavascript("window.initPostHog('" + BuildConfig.POSTHOG_PROJECT_KEY
                        + "', '" + BuildConfig.POSTHOG_HOST + "');", null);
                view.evaluateJavascript("window.flagAdmin && window.flagAdmin.init('"
                        + FlagSecrets.PERSONAL_API_KEY + "');", null);
            }
        });

        setTitle(R.string.dashboard_title);
        setContentView(webView);
        webView.loadUrl("file:///android_asset/dashboard/index.html");
    }

    @Override
    protected void onDestroy() {
        if (webView != null) {
            webView.destroy();
        }
        super.onDestroy();
    }
}
