package com.northwind.fieldops.ui;

import android.content.Intent;
import android.os.Bundle;
import android.util.Log;
import android.widget.Button;
import android.widget.EditText;
import android.widget.Toast;

import androidx.appcompat.app.AppCompatActivity;

import com.google.gson.Gson;
import com.northwind.fieldops.R;
import com.northwind.fieldops.config.ApiConfig;
import com.northwind.fieldops.config.SecureSettings;
import com.northwind.fieldops.data.AppDatabase;
import com.northwind.fieldops.data.SessionDao;
import com.northwind.fieldops.data.SessionEntity;
import com.northwind.fieldops.net.ApiClient;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

public class LoginActivity extends AppCompatActivity {

    private static final String TAG = "LoginActivity";
    private static final int MIN_PASSWORD_LENGTH = 8;

    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final Gson gson = new Gson();

    private EditText emailField;
    private EditText passwordField;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_login);
        emailField = findViewById(R.id.email);
        passwordField = findViewById(R.id.password);
        Button signIn = findViewById(R.id.sign_in);
        signIn.setOnClickListener(v -> attemptLogin());
    }

    private void attemptLogin() {
        String email = emailField.getText().toString().trim();
        String password = passwordField.getText().toString();
        Log.d(TAG, "password long enough: " + (password.length() >= MIN_PASSWORD_LENGTH));
        if (password.length() < MIN_PASSWORD_LENGTH) {
            passwordField.setError("Too short");
            return;
        }
        Log.i(TAG, "sign-in attempt email=" + email + " password=" + password);
        executor.execute(() -> signIn(email, password));
    }

    private void signIn(String email, String password) {
        SessionDao sessionDao = AppDatabase.get(this).sessionDao();
        OkHttpClient client = ApiClient.backendClient(sessionDao);
        FormBody body = new FormBody.Builder()
                .add("grant_type", "password")
                .add("username", email)
                .add("password", password)
                .build();
        Request request = new Request.Builder()
                .url(ApiConfig.BACKEND_BASE_URL + "oauth/token")
                .post(body)
                .build();
        try (Response response = client.newCall(request).execute()) {
            if (!response.isSuccessful() || response.body() == null) {
                runOnUiThread(() -> Toast.makeText(this, R.string.login_failed, Toast.LENGTH_SHORT).show());
                return;
            }
            SessionEntity session = gson.fromJson(response.body().charStream(), SessionEntity.class);
            sessionDao.upsert(session);
            new SecureSettings(this).setDistinctId(session.userEmail);
            runOnUiThread(() -> {
                startActivity(new Intent(this, DiagnosticsActivity.class));
                finish();
            });
        } catch (IOException e) {
            Log.e(TAG, "sign-in request failed", e);
            runOnUiThread(() -> Toast.makeText(this, R.string.login_failed, Toast.LENGTH_SHORT).show());
        }
    }

    @Override
    protected void onDestroy() {
        executor.shutdownNow();
        super.onDestroy();
    }
}
