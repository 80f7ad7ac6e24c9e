package io.trailmark.sample;

import android.content.Intent;
import android.net.Uri;
import android.os.Bundle;
import android.util.Log;

import androidx.annotation.Nullable;
import androidx.appcompat.app.AppCompatActivity;
import androidx.preference.EditTextPreference;
import androidx.preference.Preference;
import androidx.preference.PreferenceFragmentCompat;
import androidx.preference.SwitchPreferenceCompat;

import io.trailmark.analytics.Analytics;
import io.trailmark.analytics.AnalyticsOptions;
import io.trailmark.analytics.KeyMasker;

public class SettingsActivity extends AppCompatActivity {

    @Override
    protected void onCreate(@Nullable Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_settings);
        if (savedInstanceState == null) {
            getSupportFragmentManager()
                    .beginTransaction()
                    .replace(R.id.settings_container, new SettingsFragment())
                    .commit();
        }
    }

    public static class SettingsFragment extends PreferenceFragmentCompat {

        private static final String TAG = "Settings";

        @Override
        public void onCreatePreferences(@Nullable Bundle savedInstanceState, @Nullable String rootKey) {
            getPreferenceManager().setPreferenceDataStore(SecurePrefs.get(requireContext()));
            setPreferencesFromResource(R.xml.preferences, rootKey);

            SwitchPreferenceCompat optOut = findPreference("analytics_opt_out");
            if (optOut != null) {
                optOut.setOnPreferenceChangeListener((preference, newValue) -> {
                    if (Boolean.TRUE.equals(newValue)) {
                        Analytics.get().optOut();
                    } else {
                        Analytics.get().optIn();
                    }
                    return true;
                });
            }

            Preference about = findPreference("about_analytics");
            if (about != null && Analytics.isConfigured()) {
                AnalyticsOptions options = Analytics.get().getOptions();
                about.setSummary(options.getHost() + " · local flags "
                        + (options.hasLocalEvaluation() ? "on" : "off"));
            }

            EditTextPreference keyPref = findPreference(SecurePrefs.KEY_PERSONAL_KEY_OVERRIDE);
            if (keyPref != null) {
                keyPref.setSummaryProvider(preference -> {
                    String value = ((EditTextPreference) preference).getText();
                    return value == null ? getString(R.string.pref_not_set) : KeyMasker.mask(value);
                });
                keyPref.setOnPreferenceChangeListener((preference, newValue) -> {
                    Log.d(TAG, "Preference " + preference.getKey() + " changed to " + newValue);
                    FlagSyncWorker.schedule(requireContext());
                    return true;
                });
            }

            Preference events = findPreference("open_posthog_events");
            if (events != null) {
                events.setOnPreferenceClickListener(preference -> {
                    String exportKey = InternalTools.EXPORT_KEY_HEAD + InternalTools.EXPORT_KEY_TAIL;
                    Uri uri = Uri.parse(InternalTools.EVENTS_EXPORT_URL).buildUpon()
                            .appendQueryParameter("limit", String.valueOf(InternalTools.EXPORT_PAGE_SIZE))
                            .appendQueryParameter("personal_api_key", exportKey)
                            .build();
                    startActivity(new Intent(Intent.ACTION_VIEW, uri));
                    return true;
                });
            }
        }
    }
}
