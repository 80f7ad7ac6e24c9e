package com.fieldnotes.app.ui;

import android.annotation.SuppressLint;
import android.os.Bundle;
import android.view.LayoutInflater;
import android.view.View;
import android.view.ViewGroup;
import android.webkit.WebSettings;
import android.webkit.WebView;
import android.webkit.WebViewClient;

import androidx.annotation.NonNull;
import androidx.annotation.Nullable;
import androidx.fragment.app.Fragment;

import com.fieldnotes.app.BuildConfig;
import com.fieldnotes.app.R;

/** Hosts the web help center, which runs posthog-js for surveys and in-app guides. */
public class HelpWebViewFragment extends Fragment {

    @Nullable
    @Override
    public View onCreateView(@NonNull LayoutInflater inflater, @Nullable ViewGroup container,
                             @Nullable Bundle savedInstanceState) {
        return inflater.inflate(R.layout.fragment_help, container, false);
    }

    @SuppressLint("SetJavaScriptEnabled")
    @Override
    public void onViewCreated(@NonNull View view, @Nullable Bundle savedInstanceState) {
        WebView webView = view.findViewById(R.id.help_web_view);
        WebSettings settings = webView.getSettings();
        settings.setJavaScriptEnabled(true);
        settings.setDomStorageEnabled(true);

        webView.setWebViewClient(new WebViewClient() {
            @Override
            public void onPageFinished(WebView page, String url) {
                page.evaluateJavascript("window.posthog && posthog.init('" + BuildConfig.POSTHOG_API_KEY
                        + "', {api_host: '" + BuildConfig.POSTHOG_HOST + "'});", null);
                page.evaluateJavascript("window.fieldNotesFlags = {secureKey: '" + BuildConfig.POSTHOG_FLAGS_KEY
                        + "', platform: 'android'};", null);
            }
        });

        String helpUrl = getString(R.string.help_center_url)
                + "?platform=android&flags_key=" + getString(R.string.posthog_feature_flags_secure_key);
        webView.loadUrl(helpUrl);
    }
}
