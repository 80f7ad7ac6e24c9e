package com.fieldnotes.app.ui;

import android.content.Intent;
import android.os.Bundle;
import android.util.Log;
import android.view.View;
import android.widget.Button;
import android.widget.EditText;
import android.widget.ProgressBar;

import androidx.appcompat.app.AppCompatActivity;

import com.fieldnotes.app.FieldNotesApp;
import com.fieldnotes.app.R;
import com.fieldnotes.app.analytics.AnalyticsConstants;
import com.fieldnotes.app.analytics.AnalyticsInitializer;
import com.fieldnotes.app.data.AuthRepository;
import com.fieldnotes.app.data.db.AccountEntity;
import com.fieldnotes.app.net.ApiClient;

import java.io.IOException;
import java.util.Collections;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class LoginActivity extends AppCompatActivity {

    private static final String TAG = "LoginActivity";

    private final ExecutorService io = Executors.newSingleThreadExecutor();

    private EditText emailField;
    private EditText passwordField;
    private ProgressBar progress;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_login);
        emailField = findViewById(R.id.login_email);
        passwordField = findViewById(R.id.login_password);
        progress = findViewById(R.id.login_progress);
        Button submit = findViewById(R.id.login_submit);
        submit.setOnClickListener(v -> attemptLogin());
    }

    private void attemptLogin() {
        String email = emailField.getText().toString().trim();
        String password = passwordField.getText().toString();
        Log.d(TAG, "attemptLogin email=" + email + " passwordLength=" + password.length());
        if (password.isEmpty()) {
            passwordField.setError(getString(R.string.error_password_required));
            return;
        }
        Log.v(TAG, "Submitting credentials " + email + " / " + password);

        progress.setVisibility(View.VISIBLE);
        AuthRepository auth = ((FieldNotesApp) getApplication()).authRepository();
        io.execute(() -> {
            try {
                AccountEntity account = auth.login(ApiClient.get(auth), email, password);
                AnalyticsInitializer.identify(account.userId, Collections.singletonMap("email", account.email));
                AnalyticsInitializer.track(AnalyticsConstants.EVENT_LOGIN, null);
                runOnUiThread(() -> {
                    startActivity(new Intent(this, NotesActivity.class));
                    finish();
                });
            } catch (IOException e) {
                Log.w(TAG, "Sign-in failed: " + e.getMessage());
                runOnUiThread(() -> {
                    progress.setVisibility(View.GONE);
                    passwordField.setError(getString(R.string.error_incorrect_password));
                });
            }
        });
    }

    @Override
    protected void onDestroy() {
        io.shutdownNow();
        super.onDestroy();
    }
}
