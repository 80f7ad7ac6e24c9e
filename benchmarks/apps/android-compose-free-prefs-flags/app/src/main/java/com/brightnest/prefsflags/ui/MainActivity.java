package com.brightnest.prefsflags.ui;

import android.content.Intent;
import android.os.Bundle;
import android.util.Log;
import android.view.View;
import android.widget.TextView;

import androidx.appcompat.app.AppCompatActivity;
import androidx.lifecycle.ViewModelProvider;

import com.brightnest.prefsflags.BuildConfig;
import com.brightnest.prefsflags.R;

public class MainActivity extends AppCompatActivity {

    private static final String TAG = "MainActivity";

    /** How the current session was obtained; logged for funnel debugging. */
    enum TokenSource { PASSWORD_LOGIN, MAGIC_LINK, REFRESH }

    private int sessionId;
    private int versionTaps;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(android.R.layout.simple_list_item_1);
        TextView label = findViewById(android.R.id.text1);

        sessionId = getIntent().getIntExtra("session_ordinal", 0);
        TokenSource tokenSource = TokenSource.valueOf(
                getIntent().getStringExtra("token_source") == null
                        ? "PASSWORD_LOGIN" : getIntent().getStringExtra("token_source"));
        Log.i(TAG, "session #" + sessionId + " via " + tokenSource);

        FlagsViewModel viewModel = new ViewModelProvider(this).get(FlagsViewModel.class);
        viewModel.getSnapshot().observe(this, snapshot ->
                label.setText(snapshot.isEnabled("new-onboarding")
                        ? "Welcome to the new onboarding"
                        : getString(R.string.app_name) + " " + BuildConfig.VERSION_NAME));
        viewModel.getError().observe(this, label::setText);
        viewModel.refresh();

        label.setOnClickListener(this::onVersionTapped);
    }

    private void onVersionTapped(View v) {
        if (!(BuildConfig.DEBUG || "internal".equals(BuildConfig.FLAVOR))) {
            return;
        }
        if (++versionTaps >= 7) {
            versionTaps = 0;
            startActivity(new Intent(this, DebugSettingsActivity.class));
        }
    }
}
