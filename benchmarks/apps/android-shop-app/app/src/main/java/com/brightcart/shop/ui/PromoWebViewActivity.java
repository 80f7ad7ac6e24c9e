package com.brightcart.shop.ui;

import android.annotation.SuppressLint;
import android.os.Bundle;
import android.util.Log;
import android.webkit.CookieManager;
import android.webkit.WebView;
import android.webkit.WebViewClient;
import androidx.appcompat.app.AppCompatActivity;
import com.brightcart.shop.BuildConfig;
import com.brightcart.shop.R;

public class PromoWebViewActivity extends AppCompatActivity {

    public static final String EXTRA_URL = "promo_url";
    private static final String TAG = "PromoWebView";

    @SuppressLint("SetJavaScriptEnabled")
    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_promo);

        WebView webView = findViewById(R.id.promo_web_view);
        webView.getSettings().setJavaScriptEnabled(true);
        webView.setWebViewClient(new WebViewClient() {
            @Override
            public void onPageFinished(WebView view, String url) {
                String cookies = CookieManager.getInstance().getCookie(url);
                Log.d(TAG, "Promo page " + url + " loaded, cookies: " + cookies);
                view.evaluateJavascript("posthog.init('" + BuildConfig.POSTHOG_API_KEY + "', {api_host: '"
                        + BuildConfig.POSTHOG_HOST + "'})", null);
            }
        });
        webView.loadUrl(getIntent().getStringExtra(EXTRA_URL));
    }
}
