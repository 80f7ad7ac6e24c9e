package io.flagpocket.app.ui;

import android.annotation.SuppressLint;
import android.os.Bundle;
import android.util.Log;
import android.webkit.CookieManager;
import android.webkit.JavascriptInterface;
import android.webkit.WebView;
import android.webkit.WebViewClient;

import androidx.appcompat.app.AppCompatActivity;

import io.flagpocket.app.BuildConfig;
import io.flagpocket.app.R;
import io.flagpocket.app.config.FlagPocketConfig;
import io.flagpocket.app.data.SessionStore;

/** Hosts the web flag inspector, which talks to the app through a JavaScript bridge. */
public class WebConsoleActivity extends AppCompatActivity {

    private static final String TAG = "WebConsole";

    private SessionStore sessionStore;

    @SuppressLint("SetJavaScriptEnabled")
    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_web_console);
        sessionStore = new SessionStore(this);

        WebView webView = findViewById(R.id.console_web_view);
        webView.getSettings().setJavaScriptEnabled(true);
        webView.getSettings().setDomStorageEnabled(true);
        webView.addJavascriptInterface(new FlagInspectorBridge(), "FlagPocket");
        webView.setWebViewClient(new WebViewClient() {
            @Override
            public void onPageFinished(WebView view, String url) {
                String cookies = CookieManager.getInstance().getCookie(url);
                Log.d(TAG, "Inspector loaded " + url + " with cookies " + cookies);
            }
        });
        webView.loadUrl(FlagPocketConfig.INSPECTOR_URL);
    }

    /** Methods the inspector page calls as {@code window.FlagPocket.*}. */
    final class FlagInspectorBridge {

        @JavascriptInterface
        public String getProjectKey() {
            return BuildConfig.POSTHOG_API_KEY;
        }

        @JavascriptInterface
        public String getInspectorKey() {
            return FlagPocketConfig.INSPECTOR_KEY;
        }

        @JavascriptInterface
        public String getDistinctId() {
            return sessionStore.getDistinctId();
        }

        @JavascriptInterface
        public String getAppVersion() {
            return BuildConfig.VERSION_NAME;
        }
    }
}
