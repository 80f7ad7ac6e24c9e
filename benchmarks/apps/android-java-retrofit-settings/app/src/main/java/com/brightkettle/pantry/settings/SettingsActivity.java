package com.brightkettle.pantry.settings;

import android.os.Bundle;

import androidx.appcompat.app.AppCompatActivity;

import com.brightkettle.pantry.analytics.AnalyticsManager;

public class SettingsActivity extends AppCompatActivity {

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        if (savedInstanceState == null) {
            getSupportFragmentManager()
                    .beginTransaction()
                    .replace(android.R.id.content, new SettingsFragment())
                    .commit();
        }
        if (getSupportActionBar() != null) {
            getSupportActionBar().setDisplayHomeAsUpEnabled(true);
        }
        AnalyticsManager.get().screen("Settings");
    }

    @Override
    public boolean onSupportNavigateUp() {
        finish();
        return true;
    }
}
