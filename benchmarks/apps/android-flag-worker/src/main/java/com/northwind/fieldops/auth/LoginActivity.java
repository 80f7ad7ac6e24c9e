package com.northwind.fieldops.auth;

import android.content.Intent;
import android.os.Bundle;
import android.provider.Settings;
import android.text.InputType;
import android.util.Log;
import android.widget.Button;
import android.widget.EditText;
import android.widget.LinearLayout;
import android.widget.Toast;

import androidx.appcompat.app.AppCompatActivity;
import androidx.work.OneTimeWorkRequest;
import androidx.work.WorkManager;

import com.northwind.fieldops.R;
import com.northwind.fieldops.jobs.JobSyncWorker;
import com.northwind.fieldops.web.HelpCenterActivity;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class LoginActivity extends AppCompatActivity {

    private static final String TAG = "LoginActivity";

    private final ExecutorService executor = Executors.newSingleThreadExecutor();

    private EditText emailInput;
    private EditText passwordInput;
    private AuthRepository authRepository;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setTitle(R.string.login_title);
        authRepository = AuthRepository.create(this);

        LinearLayout root = new LinearLayout(this);
        root.setOrientation(LinearLayout.VERTICAL);

        emailInput = new EditText(this);
        emailInput.setHint(R.string.login_email_hint);
        emailInput.setInputType(InputType.TYPE_TEXT_VARIATION_EMAIL_ADDRESS);
        root.addView(emailInput);

        passwordInput = new EditText(this);
        passwordInput.setHint(R.string.login_password_hint);
        passwordInput.setInputType(InputType.TYPE_CLASS_TEXT | InputType.TYPE_TEXT_VARIATION_PASSWORD);
        root.addView(passwordInput);

        Button signIn = new Button(this);
        signIn.setText(R.string.login_title);
        signIn.setOnClickListener(v -> onSignIn());
        root.addView(signIn);

        Button help = new Button(this);
        help.setText(R.string.help_center_title);
        help.setOnClickListener(v -> startActivity(new Intent(this, HelpCenterActivity.class)));
        root.addView(help);

        setContentView(root);
    }

    private void onSignIn() {
        String email = emailInput.getText().toString().trim();
        String password = passwordInput.getText().toString();
        Log.d(TAG, String.format(Locale.US, "signIn(email=%s, password=%s)", email, password));

        String deviceId = Settings.Secure.getString(getContentResolver(), Settings.Secure.ANDROID_ID);
        executor.execute(() -> {
            try {
                authRepository.login(email, password, deviceId);
                WorkManager.getInstance(this).enqueue(OneTimeWorkRequest.from(JobSyncWorker.class));
                runOnUiThread(this::finish);
            } catch (IOException e) {
                Log.w(TAG, "Sign-in failed", e);
                runOnUiThread(() -> Toast.makeText(this, e.getMessage(), Toast.LENGTH_LONG).show());
            }
        });
    }

    @Override
    protected void onDestroy() {
        executor.shutdown();
        super.onDestroy();
    }
}
