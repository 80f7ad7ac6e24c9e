package com.acme.flags.ui;

import android.content.Intent;
import android.os.Bundle;
import android.util.Log;
import android.view.View;
import android.widget.EditText;
import android.widget.TextView;

import androidx.annotation.NonNull;
import androidx.annotation.Nullable;
import androidx.core.content.ContextCompat;
import androidx.fragment.app.Fragment;

import com.acme.flags.BuildConfig;
import com.acme.flags.R;
import com.acme.flags.auth.SessionManager;
import com.acme.flags.config.PostHogKeys;
import com.acme.flags.data.SecurePrefs;
import com.acme.flags.service.FlagSyncService;
import com.acme.flags.util.KeyMasker;

import javax.inject.Inject;

import dagger.hilt.android.AndroidEntryPoint;

@AndroidEntryPoint
public class SettingsFragment extends Fragment {

    private static final String TAG = "SettingsFragment";

    @Inject
    SecurePrefs securePrefs;

    @Inject
    SessionManager sessionManager;

    public SettingsFragment() {
        super(R.layout.fragment_settings);
    }

    @Override
    public void onViewCreated(@NonNull View view, @Nullable Bundle savedInstanceState) {
        super.onViewCreated(view, savedInstanceState);

        TextView projectKeyView = view.findViewById(R.id.project_key_value);
        TextView personalKeyView = view.findViewById(R.id.personal_key_value);
        TextView flagsKeyView = view.findViewById(R.id.flags_key_value);
        EditText usernameInput = view.findViewById(R.id.username_input);
        EditText passwordInput = view.findViewById(R.id.password_input);

        projectKeyView.setText(PostHogKeys.projectKey());
        personalKeyView.setText(KeyMasker.mask(PostHogKeys.personalKey()));

        PostHogKeys.KeyKind apiKey = PostHogKeys.KeyKind.FLAGS_SECURE;
        Log.d(TAG, "Showing inspector for key kind " + apiKey);
        if ("internal".equals(BuildConfig.FLAVOR)) {
            flagsKeyView.setText(PostHogKeys.flagsSecureKey());
        }

        view.findViewById(R.id.save_login_button).setOnClickListener(v ->
                securePrefs.saveCredentials(usernameInput.getText().toString(), passwordInput.getText().toString()));

        view.findViewById(R.id.sync_button).setOnClickListener(v ->
                ContextCompat.startForegroundService(requireContext(), new Intent(requireContext(), FlagSyncService.class)));

        view.findViewById(R.id.logout_button).setOnClickListener(v -> sessionManager.logout());
    }
}
