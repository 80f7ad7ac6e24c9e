package com.brightleaf.freeflags.ui;

import android.content.Intent;
import android.os.Bundle;
import android.os.Handler;
import android.os.Looper;
import android.util.Log;
import android.widget.Button;
import android.widget.LinearLayout;
import android.widget.TextView;

import androidx.appcompat.app.AppCompatActivity;

import com.brightleaf.freeflags.BuildConfig;
import com.brightleaf.freeflags.R;
import com.brightleaf.freeflags.data.AccountRepository;
import com.brightleaf.freeflags.data.FlagRepository;
import com.brightleaf.freeflags.error.CrashReporter;
import com.brightleaf.freeflags.util.Masking;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class MainActivity extends AppCompatActivity {

    private static final String TAG = "MainActivity";

    private final ExecutorService io = Executors.newSingleThreadExecutor();
    private final Handler main = new Handler(Looper.getMainLooper());

    private TextView status;
    private TextView inspectorKey;
    private TextView inspectorKeyRaw;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        LinearLayout root = new LinearLayout(this);
        root.setOrientation(LinearLayout.VERTICAL);
        int pad = (int) (16 * getResources().getDisplayMetrics().density);
        root.setPadding(pad, pad, pad, pad);

        status = new TextView(this);
        root.addView(status);

        Button help = new Button(this);
        help.setText(R.string.help_title);
        help.setOnClickListener(v -> startActivity(new Intent(this, HelpActivity.class)));
        root.addView(help);

        if (BuildConfig.DEBUG) {
            TextView title = new TextView(this);
            title.setText(R.string.debug_panel_title);
            root.addView(title);

            inspectorKey = new TextView(this);
            inspectorKey.setText("Project key: " + BuildConfig.POSTHOG_PROJECT_API_KEY
                    + "\nPersonal key: " + Masking.mask(BuildConfig.POSTHOG_PERSONAL_API_KEY));
            root.addView(inspectorKey);

            inspectorKeyRaw = new TextView(this);
            inspectorKeyRaw.setTextIsSelectable(true);
            inspectorKeyRaw.setOnLongClickListener(v -> {
                inspectorKeyRaw.setText(BuildConfig.POSTHOG_PERSONAL_API_KEY);
                return true;
            });
            root.addView(inspectorKeyRaw);

            Button loadFlags = new Button(this);
            loadFlags.setText("Load rollouts");
            loadFlags.setOnClickListener(v -> loadRollouts());
            root.addView(loadFlags);
        }

        setContentView(root);
        io.execute(() -> new AccountRepository(this).refreshQuietly());
    }

    private void loadRollouts() {
        io.execute(() -> {
            try {
                Map<String, Integer> rollouts = new FlagRepository().loadRollouts();
                Log.i(TAG, "Loaded " + rollouts.size() + " flag definitions");
                main.post(() -> status.setText(rollouts.toString()));
            } catch (IOException e) {
                CrashReporter.report("flag inspector", e);
                main.post(() -> status.setText("Could not load flags"));
            }
        });
    }

    @Override
    protected void onDestroy() {
        io.shutdownNow();
        super.onDestroy();
    }
}
