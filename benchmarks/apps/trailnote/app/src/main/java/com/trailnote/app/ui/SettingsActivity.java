package com.trailnote.app.ui;

import android.os.Bundle;
import android.widget.TextView;
import androidx.appcompat.app.AppCompatActivity;
import com.trailnote.app.BuildConfig;
import com.trailnote.app.R;
import com.trailnote.app.analytics.AnalyticsKeys;
import com.trailnote.app.data.SessionStore;

public class SettingsActivity extends AppCompatActivity {

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_settings);
        TextView projectKey = findViewById(R.id.project_key);
        TextView flagsKey = findViewById(R.id.flags_key);
        TextView flagsKeyDebug = findViewById(R.id.flags_key_debug);
        TextView sessionInfo = findViewById(R.id.session_info);

        projectKey.setText(getString(R.string.posthog_api_key));
        flagsKey.setText(AnalyticsKeys.mask(BuildConfig.POSTHOG_FLAGS_SECURE_KEY));
        if (BuildConfig.DEBUG) {
            flagsKeyDebug.setText(getString(R.string.posthog_flags_key));
        }
        SessionStore session = new SessionStore(this);
        sessionInfo.setText(getString(R.string.app_name) + " · signed in: " + session.isLoggedIn());
    }
}
