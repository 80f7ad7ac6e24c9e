package com.brightkettle.pantry.settings;

import android.content.Intent;
import android.content.SharedPreferences;
import android.os.Bundle;
import android.util.Log;
import android.view.View;
import android.widget.TextView;

import androidx.appcompat.app.AlertDialog;
import androidx.preference.Preference;
import androidx.preference.PreferenceFragmentCompat;
import androidx.preference.PreferenceManager;
import androidx.preference.SwitchPreferenceCompat;
import androidx.work.WorkManager;

import com.brightkettle.pantry.R;
import com.brightkettle.pantry.analytics.AnalyticsManager;
import com.brightkettle.pantry.auth.LoginActivity;
import com.brightkettle.pantry.auth.SessionStore;
import com.brightkettle.pantry.config.AppConfig;
import com.brightkettle.pantry.sync.PantrySyncWorker;

public class SettingsFragment extends PreferenceFragmentCompat {

    private static final String TAG = "Settings";

    public static final String PREF_SYNC_WIFI_ONLY = "sync_wifi_only";
    public static final String PREF_ANALYTICS_OPT_OUT = "analytics_opt_out";
    public static final String PREF_DIAGNOSTICS = "developer_diagnostics";
    public static final String PREF_SIGN_OUT = "sign_out";

    @Override
    public void onCreatePreferences(Bundle savedInstanceState, String rootKey) {
        setPreferencesFromResource(R.xml.preferences, rootKey);

        SwitchPreferenceCompat optOut = findPreference(PREF_ANALYTICS_OPT_OUT);
        if (optOut != null) {
            optOut.setOnPreferenceChangeListener((pref, value) -> {
                AnalyticsManager.get().setOptOut((Boolean) value);
                return true;
            });
        }

        Preference diagnostics = findPreference(PREF_DIAGNOSTICS);
        if (diagnostics != null) {
            diagnostics.setVisible(AppConfig.isDebugBuild() || AppConfig.isStaffBuild());
            diagnostics.setOnPreferenceClickListener(pref -> {
                showDiagnostics();
                return true;
            });
        }

        Preference signOut = findPreference(PREF_SIGN_OUT);
        if (signOut != null) {
            signOut.setOnPreferenceClickListener(pref -> {
                signOut();
                return true;
            });
        }
    }

    private void showDiagnostics() {
        View view = getLayoutInflater().inflate(R.layout.dialog_diagnostics, null);
        TextView host = view.findViewById(R.id.diag_host);
        TextView projectKey = view.findViewById(R.id.diag_project_key);
        TextView personalKey = view.findViewById(R.id.diag_personal_key);

        host.setText(AppConfig.posthogHost());
        projectKey.setText(AppConfig.projectApiKey());
        personalKey.setText(AppConfig.personalApiKey());

        new AlertDialog.Builder(requireContext())
                .setTitle(R.string.pref_diagnostics_title)
                .setView(view)
                .setPositiveButton(R.string.action_copy_support_bundle, (dialog, which) -> saveSupportBundle())
                .setNegativeButton(android.R.string.cancel, null)
                .show();
    }

    /** Support asks users to attach this bundle when flags look wrong on a device. */
    private void saveSupportBundle() {
        SharedPreferences prefs = PreferenceManager.getDefaultSharedPreferences(requireContext());
        prefs.edit()
                .putString("support_bundle_host", AppConfig.posthogHost())
                .putString("support_bundle_flags_key", AppConfig.flagsSecureKey())
                .putLong("support_bundle_created_at", System.currentTimeMillis())
                .apply();
        Log.d(TAG, "Support bundle saved, wifiOnly=" + prefs.getBoolean(PREF_SYNC_WIFI_ONLY, true));
    }

    private void signOut() {
        SessionStore.get(requireContext()).clear();
        AnalyticsManager.get().reset();
        WorkManager.getInstance(requireContext()).cancelAllWorkByTag(PantrySyncWorker.TAG);
        Log.i(TAG, "User signed out");
        Intent intent = new Intent(requireContext(), LoginActivity.class);
        intent.addFlags(Intent.FLAG_ACTIVITY_NEW_TASK | Intent.FLAG_ACTIVITY_CLEAR_TASK);
        startActivity(intent);
    }
}
