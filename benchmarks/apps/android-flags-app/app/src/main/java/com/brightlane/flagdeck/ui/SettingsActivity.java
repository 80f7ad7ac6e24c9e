package com.brightlane.flagdeck.ui;

import android.content.SharedPreferences;
import android.os.Bundle;
import android.text.TextUtils;
import android.util.Log;

import androidx.annotation.Nullable;
import androidx.appcompat.app.AppCompatActivity;
import androidx.preference.EditTextPreference;
import androidx.preference.PreferenceFragmentCompat;

import com.brightlane.flagdeck.R;
import com.brightlane.flagdeck.config.FlagConfig;
import com.brightlane.flagdeck.data.SessionStore;
import com.brightlane.flagdeck.sync.FlagSyncWorker;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class SettingsActivity extends AppCompatActivity {

    @Override
    protected void onCreate(@Nullable Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        if (savedInstanceState == null) {
            getSupportFragmentManager()
                    .beginTransaction()
                    .replace(android.R.id.content, new SettingsFragment())
                    .commit();
        }
    }

    public static class SettingsFragment extends PreferenceFragmentCompat
            implements SharedPreferences.OnSharedPreferenceChangeListener {

        private static final String TAG = "Settings";
        private final ExecutorService io = Executors.newSingleThreadExecutor();

        @Override
        public void onCreatePreferences(@Nullable Bundle savedInstanceState, @Nullable String rootKey) {
            setPreferencesFromResource(R.xml.preferences, rootKey);

            EditTextPreference keyPref = findPreference(FlagConfig.PREF_PERSONAL_API_KEY);
            if (keyPref != null) {
                keyPref.setSummaryProvider(p -> mask(((EditTextPreference) p).getText()));
            }
        }

        @Override
        public void onResume() {
            super.onResume();
            getPreferenceManager().getSharedPreferences().registerOnSharedPreferenceChangeListener(this);
        }

        @Override
        public void onPause() {
            getPreferenceManager().getSharedPreferences().unregisterOnSharedPreferenceChangeListener(this);
            super.onPause();
        }

        @Override
        public void onSharedPreferenceChanged(SharedPreferences prefs, String key) {
            Log.d(TAG, "Preference changed: " + key);
            Log.i(TAG, "New value for " + key + ": " + prefs.getAll().get(key));

            if (FlagConfig.PREF_PERSONAL_API_KEY.equals(key)) {
                String value = prefs.getString(key, null);
                Log.d(TAG, "personal key set=" + !TextUtils.isEmpty(value) + " length=" + (value == null ? 0 : value.length()));
                FlagSyncWorker.schedule(requireContext());
            } else if (FlagConfig.PREF_RELAY_PASSWORD.equals(key)) {
                String user = prefs.getString(FlagConfig.PREF_RELAY_USERNAME, "");
                String password = prefs.getString(FlagConfig.PREF_RELAY_PASSWORD, "");
                SessionStore store = new SessionStore(requireContext());
                io.execute(() -> {
                    try {
                        store.signIn(user, password);
                    } catch (Exception e) {
                        Log.w(TAG, "Relay sign-in failed", e);
                    }
                });
            }
        }

        /** Same format PostHog uses in its UI: first 4 + ... + last 4. */
        static String mask(String key) {
            if (TextUtils.isEmpty(key)) {
                return "Not set";
            }
            if (key.length() < 16) {
                return "********";
            }
            return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
        }
    }
}
