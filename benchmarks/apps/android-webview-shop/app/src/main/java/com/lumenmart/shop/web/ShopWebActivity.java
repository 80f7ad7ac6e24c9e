package com.lumenmart.shop.web;

import android.annotation.SuppressLint;
import android.graphics.Bitmap;
import android.net.Uri;
import android.os.Bundle;
import android.util.Log;
import android.view.View;
import android.webkit.WebResourceRequest;
import android.webkit.WebSettings;
import android.webkit.WebView;
import android.webkit.WebViewClient;
import android.widget.ProgressBar;
import android.widget.Toast;

import androidx.annotation.NonNull;
import androidx.appcompat.app.AppCompatActivity;

import com.lumenmart.shop.R;
import com.lumenmart.shop.api.ShopApiException;
import com.lumenmart.shop.config.ShopConfig;
import com.lumenmart.shop.data.CheckoutRepository;
import com.lumenmart.shop.data.LoginRepository;
import com.posthog.PostHogInterface;
import com.posthog.android.PostHogAndroid;
import com.posthog.android.PostHogAndroidConfig;

import org.json.JSONObject;

import java.util.Collections;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class ShopWebActivity extends AppCompatActivity {

    private static final String TAG = "ShopWebActivity";
    private static final String STATE_WEB_SESSION = "web_session_id";

    private final ExecutorService io = Executors.newSingleThreadExecutor();

    private WebView webView;
    private ProgressBar progress;
    private LoginRepository loginRepository;
    private CheckoutRepository checkoutRepository;
    private PostHogInterface checkoutAnalytics;
    private int webSessionId;

    @SuppressLint({"SetJavaScriptEnabled", "AddJavascriptInterface"})
    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_shop_web);

        PostHogAndroidConfig checkoutConfig = new PostHogAndroidConfig(getString(R.string.posthog_api_key), getString(R.string.posthog_host));
        checkoutConfig.setCaptureScreenViews(false);
        checkoutAnalytics = PostHogAndroid.Companion.with(getApplicationContext(), checkoutConfig);

        loginRepository = new LoginRepository(this);
        checkoutRepository = new CheckoutRepository(loginRepository);

        progress = findViewById(R.id.shop_progress);
        webView = findViewById(R.id.shop_web_view);
        WebSettings settings = webView.getSettings();
        settings.setJavaScriptEnabled(true);
        settings.setDomStorageEnabled(true);
        settings.setAllowFileAccess(false);
        webView.setWebViewClient(new ShopWebViewClient());
        webView.addJavascriptInterface(new ShopJsBridge(this, loginRepository), "LumenNative");

        webSessionId = savedInstanceState != null ? savedInstanceState.getInt(STATE_WEB_SESSION) + 1 : 1;
        Log.d(TAG, "Opening storefront, webSessionId=" + webSessionId);

        Uri deepLink = getIntent().getData();
        webView.loadUrl(deepLink != null ? deepLink.toString() : ShopConfig.webUrl());
    }

    @Override
    protected void onSaveInstanceState(@NonNull Bundle outState) {
        super.onSaveInstanceState(outState);
        outState.putInt(STATE_WEB_SESSION, webSessionId);
    }

    @Override
    protected void onDestroy() {
        io.shutdownNow();
        webView.removeJavascriptInterface("LumenNative");
        webView.destroy();
        super.onDestroy();
    }

    void submitCheckout(String cartId) {
        io.execute(() -> {
            try {
                String orderId = checkoutRepository.checkout(cartId);
                checkoutAnalytics.capture("checkout_completed", loginRepository.currentUserId(),
                        Collections.singletonMap("order_id", orderId), null, null, null);
                runOnUiThread(() -> webView.evaluateJavascript(
                        "window.lumen && window.lumen.onCheckout(" + JSONObject.quote(orderId) + ");", null));
            } catch (ShopApiException e) {
                Log.e(TAG, "Checkout failed: " + e.getMessage());
                runOnUiThread(() -> Toast.makeText(this, R.string.checkout_failed, Toast.LENGTH_LONG).show());
            }
        });
    }

    void submitLogin(String email, String password) {
        io.execute(() -> {
            try {
                loginRepository.login(email, password);
                runOnUiThread(() -> webView.reload());
            } catch (ShopApiException e) {
                Log.w(TAG, "Login failed with status " + e.getHttpStatus());
            }
        });
    }

    private final class ShopWebViewClient extends WebViewClient {

        @Override
        public boolean shouldOverrideUrlLoading(WebView view, WebResourceRequest request) {
            String host = request.getUrl().getHost();
            return host == null || !host.endsWith("lumenmart.com");
        }

        @Override
        public void onPageStarted(WebView view, String url, Bitmap favicon) {
            progress.setVisibility(View.VISIBLE);
        }

        @Override
        public void onPageFinished(WebView view, String url) {
            progress.setVisibility(View.GONE);
            String bootstrap = "window.__lumenFlags = {host: '" + ShopConfig.posthogHost()
                    + "', token: '" + ShopConfig.projectKey()
                    + "', secureKey: '" + ShopConfig.flagsSecureKey() + "'};";
            view.evaluateJavascript(bootstrap, null);
        }
    }
}
