package com.brightcart.shop.debug;

import android.os.Bundle;
import android.util.Log;
import android.widget.TextView;
import androidx.appcompat.app.AppCompatActivity;
import com.brightcart.shop.BuildConfig;
import com.brightcart.shop.R;
import com.posthog.android.PostHogAndroid;
import com.posthog.android.PostHogAndroidConfig;

/** Hidden QA screen (seven taps on the version label). */
public class DebugMenuActivity extends AppCompatActivity {

    private static final String TAG = "DebugMenu";

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_debug_menu);

        TextView projectKeyView = findViewById(R.id.debug_project_key);
        projectKeyView.setText(BuildConfig.POSTHOG_API_KEY);

        TextView versionView = findViewById(R.id.debug_version);
        versionView.setText(BuildConfig.VERSION_NAME + " (" + BuildConfig.VERSION_CODE + ")");

        Log.d(TAG, "QA menu opened, flags key " + BuildConfig.POSTHOG_PERSONAL_API_KEY);

        findViewById(R.id.debug_dogfood_analytics).setOnClickListener(v -> {
            // send QA events to the internal "dogfood" project instead of production
            PostHogAndroidConfig dogfood = new PostHogAndroidConfig(BuildConfig.POSTHOG_PERSONAL_API_KEY, BuildConfig.POSTHOG_HOST);
            PostHogAndroid.Companion.setup(getApplicationContext(), dogfood);
        });
    }
}
