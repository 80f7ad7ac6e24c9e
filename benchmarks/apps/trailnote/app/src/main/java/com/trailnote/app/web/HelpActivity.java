package com.trailnote.app.web;

import android.annotation.SuppressLint;
import android.os.Bundle;
import android.webkit.WebSettings;
import android.webkit.WebView;
import androidx.appcompat.app.AppCompatActivity;
import com.trailnote.app.BuildConfig;
import com.trailnote.app.data.SessionStore;
import timber.log.Timber;

public class HelpActivity extends AppCompatActivity {

    public static final String HELP_ORIGIN = "https://help.trailnote.app";

    @SuppressLint("SetJavaScriptEnabled")
    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        WebView web = new WebView(this);
        setContentView(web);
        WebSettings settings = web.getSettings();
        settings.setJavaScriptEnabled(true);
        SessionStore session = new SessionStore(this);
        web.addJavascriptInterface(new AnalyticsBridge(session.user()), "Trailnote");
        String boot = "window.TRAILNOTE_PH = {key: '" + BuildConfig.POSTHOG_API_KEY + "', host: '" + BuildConfig.POSTHOG_HOST + "'};";
        web.evaluateJavascript(boot, null);
        Timber.d("help opened; bridge installed, js bootstrap %d chars", boot.length());
        web.loadUrl("file:///android_asset/help.html");
    }
}
