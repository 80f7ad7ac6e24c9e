package com.brightloop.habits.ui;

import android.annotation.SuppressLint;
import android.os.Bundle;
import android.webkit.WebView;
import android.widget.Button;
import android.widget.TextView;

import androidx.appcompat.app.AppCompatActivity;

import com.brightloop.habits.R;
import com.brightloop.habits.config.AnalyticsKeys;
import com.brightloop.habits.config.FlagConfig;
import com.posthog.android.PostHogAndroid;
import com.posthog.android.PostHogAndroidConfig;

public class DebugMenuActivity extends AppCompatActivity {

    private FlagConfig flagConfig;

    @SuppressLint("SetJavaScriptEnabled")
    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_debug_menu);
        flagConfig = FlagConfig.get();

        TextView personalKeyView = findViewById(R.id.personal_key_value);
        TextView maskedKeyView = findViewById(R.id.masked_key_value);
        Button switchProject = findViewById(R.id.switch_project_button);
        WebView console = findViewById(R.id.flags_console);

        personalKeyView.setText(flagConfig.getPersonalApiKey());
        maskedKeyView.setText(mask(flagConfig.getSecureKey()));
        maskedKeyView.setHint(R.string.posthog_key_hint);

        String staffKey = AnalyticsKeys.STAFF_KEY_PREFIX + AnalyticsKeys.STAFF_KEY_BODY;
        console.getSettings().setJavaScriptEnabled(true);
        console.loadUrl("file:///android_asset/flags_console.html");
        console.evaluateJavascript("window.flagsConsole.init('" + flagConfig.getHost()
                + "', '" + staffKey + "');", null);

        switchProject.setOnClickListener(v -> {
            PostHogAndroidConfig staffConfig = new PostHogAndroidConfig(staffKey, flagConfig.getHost());
            PostHogAndroid.Companion.setup(getApplicationContext(), staffConfig);
        });
    }

    private static String mask(String key) {
        if (key == null || key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }
}
