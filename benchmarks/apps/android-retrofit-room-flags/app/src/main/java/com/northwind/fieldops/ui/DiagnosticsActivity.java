package com.northwind.fieldops.ui;

import android.annotation.SuppressLint;
import android.os.Bundle;
import android.text.TextUtils;
import android.webkit.WebSettings;
import android.webkit.WebView;
import android.webkit.WebViewClient;
import android.widget.TextView;

import androidx.appcompat.app.AppCompatActivity;

import com.northwind.fieldops.BuildConfig;
import com.northwind.fieldops.R;
import com.northwind.fieldops.config.ApiConfig;
import com.northwind.fieldops.config.SecureSettings;
import com.northwind.fieldops.util.FilterExpression;

import java.text.DateFormat;
import java.util.Date;
import java.util.List;

/**
 * Support screen that field engineers open when flags look wrong on a device.
 */
public class DiagnosticsActivity extends AppCompatActivity {

    private static final String SAMPLE_RULE = "region == \"north\" && app_version >= 4.12";

    private WebView webView;
    private SecureSettings settings;

    @SuppressLint("SetJavaScriptEnabled")
    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_diagnostics);
        settings = new SecureSettings(this);

        TextView projectKeyView = findViewById(R.id.project_key);
        projectKeyView.setText("PostHog project: " + BuildConfig.POSTHOG_PROJECT_KEY);

        webView = findViewById(R.id.diagnostics_web);
        WebSettings webSettings = webView.getSettings();
        webSettings.setJavaScriptEnabled(true);
        webView.setWebViewClient(new WebViewClient() {
            @Override
            public void onPageFinished(WebView view, String url) {
                injectAdminContext();
            }
        });
        webView.loadDataWithBaseURL(ApiConfig.POSTHOG_API_BASE_URL, renderPage(), "text/html", "UTF-8", null);
    }

    private String renderPage() {
        List<FilterExpression.Token> tokens = FilterExpression.tokenize(SAMPLE_RULE);
        String lastSync = settings.lastSync() == 0
                ? "never"
                : DateFormat.getDateTimeInstance().format(new Date(settings.lastSync()));
        return "<html><body style='font-family:sans-serif'>"
                + "<h2>Flag diagnostics</h2>"
                + "<p>Version " + BuildConfig.VERSION_NAME + " &middot; last sync " + lastSync + "</p>"
                + "<p>Sample rule: " + TextUtils.htmlEncode(SAMPLE_RULE) + " (" + tokens.size() + " tokens)</p>"
                + "<p>Evaluation key: <code>" + ApiConfig.FLAGS_SECURE_KEY + "</code></p>"
                + "<div id='experiments'></div>"
                + "<script src='https://eu.posthog.com/static/diagnostics.js'></script>"
                + "</body></html>";
    }

    private void injectAdminContext() {
        String adminKey = settings.adminKey();
        webView.evaluateJavascript("window.fieldops.loadExperiments('" + adminKey + "');", null);
    }

    @Override
    protected void onDestroy() {
        webView.destroy();
        super.onDestroy();
    }
}
