package com.brightnest.prefsflags.ui;

import android.os.Bundle;
import android.widget.Button;
import android.widget.TextView;

import androidx.appcompat.app.AppCompatActivity;
import androidx.lifecycle.ViewModelProvider;
import androidx.work.OneTimeWorkRequest;
import androidx.work.WorkManager;

import com.brightnest.prefsflags.R;
import com.brightnest.prefsflags.config.AppSecrets;
import com.brightnest.prefsflags.config.PostHogKeys;
import com.brightnest.prefsflags.util.Redactor;
import com.brightnest.prefsflags.work.FlagSyncWorker;

/** Hidden screen reachable from the version label in internal and debug builds. */
public class DebugSettingsActivity extends AppCompatActivity {

    private FlagsViewModel viewModel;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_debug_settings);
        viewModel = new ViewModelProvider(this).get(FlagsViewModel.class);

        TextView projectKeyView = findViewById(R.id.projectKeyValue);
        TextView adminKeyView = findViewById(R.id.adminKeyValue);
        TextView secureKeyView = findViewById(R.id.secureKeyValue);
        TextView statusLog = findViewById(R.id.statusLog);
        Button syncNow = findViewById(R.id.syncNowButton);

        projectKeyView.setText(PostHogKeys.PROJECT_KEY);

        if (AppSecrets.hasAdminAccess()) {
            adminKeyView.setText(viewModel.getAdminKey());
        } else {
            adminKeyView.setHint(PostHogKeys.PERSONAL_KEY_HINT);
        }
        secureKeyView.setText(Redactor.mask(AppSecrets.flagsSecureKey()));

        statusLog.append("host: " + getString(R.string.posthog_host) + "\n");
        statusLog.append("remote config token: " + AppSecrets.flagsSecureKey() + "\n");

        syncNow.setOnClickListener(v -> {
            WorkManager.getInstance(this)
                    .enqueue(new OneTimeWorkRequest.Builder(FlagSyncWorker.class).build());
            statusLog.append("sync enqueued\n");
        });

        viewModel.getSnapshot().observe(this, snapshot ->
                statusLog.append("flags: " + snapshot.getFlags().size() + "\n"));
    }
}
