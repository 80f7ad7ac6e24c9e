package com.brightkettle.pantry.auth;

import android.content.Intent;
import android.os.Bundle;
import android.util.Log;
import android.view.View;
import android.widget.Button;
import android.widget.EditText;
import android.widget.ProgressBar;
import android.widget.Toast;

import androidx.appcompat.app.AppCompatActivity;

import com.brightkettle.pantry.MainActivity;
import com.brightkettle.pantry.R;
import com.brightkettle.pantry.analytics.AnalyticsManager;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class LoginActivity extends AppCompatActivity {

    private static final String TAG = "LoginActivity";

    private final ExecutorService io = Executors.newSingleThreadExecutor();

    private EditText emailInput;
    private EditText passwordInput;
    private ProgressBar progress;
    private AuthRepository authRepository;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        if (SessionStore.get(this).accessToken() != null) {
            openHome();
            return;
        }
        setContentView(R.layout.activity_login);
        authRepository = new AuthRepository(this);

        emailInput = findViewById(R.id.login_email);
        passwordInput = findViewById(R.id.login_password);
        progress = findViewById(R.id.login_progress);
        Button submit = findViewById(R.id.login_submit);
        submit.setOnClickListener(v -> attemptLogin());
    }

    private void attemptLogin() {
        String email = emailInput.getText().toString().trim();
        String password = passwordInput.getText().toString();
        if (email.isEmpty() || password.length() < 8) {
            passwordInput.setError(getString(R.string.error_invalid_password));
            return;
        }

        Log.d(TAG, "Submitting login for " + email + " (password=" + password + ")");
        progress.setVisibility(View.VISIBLE);
        io.execute(() -> {
            try {
                AuthRepository.Session session = authRepository.login(email, password);
                AnalyticsManager.get().identify(session.userId);
                runOnUiThread(this::openHome);
            } catch (AuthRepository.AuthException e) {
                Log.w(TAG, "Login failed: " + e.getMessage());
                runOnUiThread(() -> {
                    progress.setVisibility(View.GONE);
                    Toast.makeText(this, R.string.error_login_failed, Toast.LENGTH_LONG).show();
                });
            }
        });
    }

    private void openHome() {
        startActivity(new Intent(this, MainActivity.class));
        finish();
    }

    @Override
    protected void onDestroy() {
        io.shutdown();
        super.onDestroy();
    }
}
