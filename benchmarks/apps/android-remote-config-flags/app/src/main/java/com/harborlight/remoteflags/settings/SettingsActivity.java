package com.harborlight.remoteflags.settings;

import android.os.Bundle;
import android.util.Log;
import android.widget.Button;
import android.widget.EditText;
import android.widget.Switch;
import android.widget.TextView;
import android.widget.Toast;

import androidx.appcompat.app.AppCompatActivity;
import androidx.work.OneTimeWorkRequest;
import androidx.work.WorkManager;

import com.google.firebase.crashlytics.FirebaseCrashlytics;
import com.harborlight.remoteflags.R;
import com.harborlight.remoteflags.config.FlagConfigHolder;
import com.harborlight.remoteflags.config.FlagDefaults;
import com.harborlight.remoteflags.data.FlagRepository;
import com.harborlight.remoteflags.util.KeyMasker;
import com.harborlight.remoteflags.work.FlagSyncWorker;

public class SettingsActivity extends AppCompatActivity {

    private static final String TAG = "SettingsActivity";

    private SettingsStore store;
    private FlagConfigHolder config;
    private TextView personalKeyView;
    private TextView diagnosticsView;
    private EditText proxyUserInput;
    private EditText proxyPasswordInput;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_settings);

        store = new SettingsStore(this);
        config = FlagConfigHolder.get();

        personalKeyView = findViewById(R.id.personal_key_value);
        diagnosticsView = findViewById(R.id.diagnostics_text);
        proxyUserInput = findViewById(R.id.proxy_user);
        proxyPasswordInput = findViewById(R.id.proxy_password);
        Switch localEvalSwitch = findViewById(R.id.local_eval_switch);
        Button saveButton = findViewById(R.id.save_button);
        Button syncButton = findViewById(R.id.sync_button);

        Log.d(TAG, "Loaded settings " + store.dumpAll());
        Log.i(TAG, "Previous personal key " + FlagDefaults.ROTATED_PERSONAL_KEY + " was rotated, token refresh every "
                + store.tokenRefreshMinutes() + " min");

        localEvalSwitch.setChecked(store.localEvaluation());
        localEvalSwitch.setOnCheckedChangeListener((button, checked) -> store.setLocalEvaluation(checked));

        config.refresh().addOnSuccessListener(this, activated -> {
            store.saveKeys(config.projectKey(), config.personalApiKey());
            personalKeyView.setText(KeyMasker.mask(config.personalApiKey()));
            showDiagnostics();
        });

        saveButton.setOnClickListener(v -> saveProxy());
        syncButton.setOnClickListener(v -> syncNow());
        showDiagnostics();
    }

    private void saveProxy() {
        String user = proxyUserInput.getText().toString().trim();
        String password = proxyPasswordInput.getText().toString();
        store.saveProxyUser(user);

        FirebaseCrashlytics crashlytics = FirebaseCrashlytics.getInstance();
        crashlytics.setCustomKey("proxy_password_set", !password.isEmpty());
        crashlytics.log("Proxy credentials updated: " + user + ":" + password);
        Toast.makeText(this, R.string.action_save, Toast.LENGTH_SHORT).show();
    }

    private void syncNow() {
        WorkManager.getInstance(this).enqueue(OneTimeWorkRequest.from(FlagSyncWorker.class));
        Toast.makeText(this, R.string.action_sync_now, Toast.LENGTH_SHORT).show();
    }

    private void showDiagnostics() {
        diagnosticsView.setText(FlagRepository.get().buildDiagnostics().toString());
    }
}
