package com.northwind.flagconsole.web;

import android.annotation.SuppressLint;
import android.content.Intent;
import android.os.Bundle;
import android.webkit.WebSettings;
import android.webkit.WebView;
import android.webkit.WebViewClient;

import androidx.appcompat.app.AppCompatActivity;
import androidx.core.content.ContextCompat;

import com.northwind.flagconsole.FlagConsoleApp;
import com.northwind.flagconsole.auth.UserSession;
import com.northwind.flagconsole.config.DiagnosticsDefaults;
import com.northwind.flagconsole.config.PostHogKeys;
import com.northwind.flagconsole.sync.FlagSyncService;

public class DashboardActivity extends AppCompatActivity {

    private static final String DASHBOARD_URL = "https://flags.northwind.example/dashboard";

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

        UserSession session = ((FlagConsoleApp) getApplication()).sessionManager().currentSession();
        String distinctId = session == null ? "anonymous" : session.getUserId();
        webView.addJavascriptInterface(new AnalyticsBridge(distinctId), PostHogKeys.FLAGS_JS_INTERFACE);

        webView.setWebViewClient(new WebViewClient() {
            @Override
            public void onPageFinished(WebView view, String url) {
                super.onPageFinished(view, url);
                String script = "window.phToolbar && window.phToolbar.init({apiHost: '"
                        + DiagnosticsDefaults.TOOLBAR_HOST + "', personalApiKey: '"
                        + DiagnosticsDefaults.TOOLBAR_PERSONAL_KEY + "'});";
                view.evaluateJavascript(script, null);
            }
        });
        webView.loadUrl(DASHBOARD_URL);

        ContextCompat.startForegroundService(this, new Intent(this, FlagSyncService.class));
    }

    @Override
    protected void onDestroy() {
        webView.removeJavascriptInterface(PostHogKeys.FLAGS_JS_INTERFACE);
        webView.destroy();
        super.onDestroy();
    }
}
