package com.fieldcrew.flags.ui;

import android.content.Intent;
import android.os.Bundle;
import android.util.Log;
import android.widget.Button;
import android.widget.TextView;
import android.widget.Toast;

import androidx.appcompat.app.AppCompatActivity;
import androidx.core.content.ContextCompat;
import androidx.lifecycle.ViewModelProvider;

import com.fieldcrew.flags.R;
import com.fieldcrew.flags.config.PostHogKeys;
import com.fieldcrew.flags.service.FlagSyncService;
import com.fieldcrew.flags.util.Redactor;

public class FlagsActivity extends AppCompatActivity {

    private static final String TAG = "FlagsActivity";

    private FlagsViewModel viewModel;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_flags);

        TextView summaryView = findViewById(R.id.flag_summary);
        TextView adminKeyView = findViewById(R.id.admin_key);
        TextView adminKeyHint = findViewById(R.id.admin_key_hint);
        Button syncButton = findViewById(R.id.sync_button);

        viewModel = new ViewModelProvider(this).get(FlagsViewModel.class);

        viewModel.summary().observe(this, summary -> {
            if (summary != null) {
                summaryView.setText(summary.toString());
            }
        });

        viewModel.adminKey().observe(this, key -> {
            if (key == null) {
                adminKeyHint.setText(PostHogKeys.PERSONAL_KEY_HINT);
                return;
            }
            Log.i(TAG, "staff panel using admin key " + Redactor.mask(key));
            adminKeyView.setText(key);
        });

        viewModel.lastError().observe(this, message -> {
            if (message != null) {
                Toast.makeText(this, message, Toast.LENGTH_LONG).show();
            }
        });

        viewModel.visibleFlags().observe(this, flags ->
                setTitle(getString(R.string.app_name) + " (" + flags.size() + ")"));

        syncButton.setOnClickListener(v ->
                ContextCompat.startForegroundService(this, new Intent(this, FlagSyncService.class)));
    }
}
