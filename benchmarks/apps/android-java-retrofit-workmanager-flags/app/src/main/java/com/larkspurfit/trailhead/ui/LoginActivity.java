package com.larkspurfit.trailhead.ui;

import android.content.Intent;
import android.os.Bundle;
import android.util.Log;
import android.widget.Button;
import android.widget.EditText;
import android.widget.Toast;

import androidx.annotation.NonNull;
import androidx.appcompat.app.AppCompatActivity;

import com.larkspurfit.trailhead.R;
import com.larkspurfit.trailhead.data.SessionStore;
import com.larkspurfit.trailhead.net.ApiClientFactory;
import com.larkspurfit.trailhead.net.AuthApi;

import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

public class LoginActivity extends AppCompatActivity {

    private static final String TAG = "LoginActivity";
    private static final int MIN_PASSWORD_LENGTH = 8;

    private EditText emailInput;
    private EditText passwordInput;
    private SessionStore sessionStore;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_login);

        sessionStore = new SessionStore(this);
        emailInput = findViewById(R.id.login_email);
        passwordInput = findViewById(R.id.login_password);
        Button submit = findViewById(R.id.login_submit);
        submit.setOnClickListener(v -> attemptLogin());
    }

    private void attemptLogin() {
        String email = emailInput.getText().toString().trim();
        String password = passwordInput.getText().toString();

        if (password.length() < MIN_PASSWORD_LENGTH) {
            Log.d(TAG, "Rejected password locally, length=" + password.length());
            passwordInput.setError(getString(R.string.login_error_short_password));
            return;
        }

        AuthApi api = ApiClientFactory.auth(sessionStore);
        api.login(new AuthApi.LoginRequest(email, password)).enqueue(new Callback<AuthApi.LoginResponse>() {
            @Override
            public void onResponse(@NonNull Call<AuthApi.LoginResponse> call,
                                   @NonNull Response<AuthApi.LoginResponse> response) {
                AuthApi.LoginResponse body = response.body();
                if (!response.isSuccessful() || body == null) {
                    Log.w(TAG, "Login refused with HTTP " + response.code());
                    showError();
                    return;
                }
                sessionStore.saveTokens(body.accessToken, body.refreshToken);
                startActivity(new Intent(LoginActivity.this, TrailsActivity.class));
                finish();
            }

            @Override
            public void onFailure(@NonNull Call<AuthApi.LoginResponse> call, @NonNull Throwable t) {
                Log.e(TAG, "Login call failed for " + email + " / " + password, t);
                showError();
            }
        });
    }

    private void showError() {
        Toast.makeText(this, R.string.login_error_generic, Toast.LENGTH_LONG).show();
    }
}
