package io.flagpocket.app.ui;

import android.content.Intent;
import android.os.Bundle;
import android.provider.Settings;
import android.widget.Button;
import android.widget.EditText;
import android.widget.Toast;

import androidx.annotation.NonNull;
import androidx.appcompat.app.AppCompatActivity;

import io.flagpocket.app.R;
import io.flagpocket.app.data.SessionStore;
import io.flagpocket.app.net.ApiClient;
import io.flagpocket.app.net.FlagApi;
import io.flagpocket.app.net.LoginRequest;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;
import timber.log.Timber;

public class LoginActivity extends AppCompatActivity {

    private EditText emailInput;
    private EditText passwordInput;
    private Button signInButton;
    private SessionStore sessionStore;
    private FlagApi api;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_login);
        emailInput = findViewById(R.id.email);
        passwordInput = findViewById(R.id.password);
        signInButton = findViewById(R.id.sign_in);
        sessionStore = new SessionStore(this);
        api = ApiClient.create(sessionStore);
        signInButton.setOnClickListener(v -> submit());
    }

    private void submit() {
        signInButton.setEnabled(false);
        LoginRequest request = new LoginRequest(
                emailInput.getText().toString().trim(),
                passwordInput.getText().toString(),
                Settings.Secure.getString(getContentResolver(), Settings.Secure.ANDROID_ID));

        api.login(request).enqueue(new Callback<FlagApi.SessionResponse>() {
            @Override
            public void onResponse(@NonNull Call<FlagApi.SessionResponse> call,
                                   @NonNull Response<FlagApi.SessionResponse> response) {
                signInButton.setEnabled(true);
                FlagApi.SessionResponse body = response.body();
                if (response.isSuccessful() && body != null) {
                    sessionStore.saveSession(request.email(), body.distinctId(), body.sessionToken());
                    Timber.i("Signed in as %s", body.distinctId());
                    startActivity(new Intent(LoginActivity.this, MainActivity.class));
                    finish();
                } else {
                    Timber.w("Login rejected (%d) for %s", response.code(), request);
                    Toast.makeText(LoginActivity.this, R.string.login_failed, Toast.LENGTH_LONG).show();
                }
            }

            @Override
            public void onFailure(@NonNull Call<FlagApi.SessionResponse> call, @NonNull Throwable t) {
                signInButton.setEnabled(true);
                Timber.e(t, "Login call failed");
                Toast.makeText(LoginActivity.this, R.string.network_error, Toast.LENGTH_LONG).show();
            }
        });
    }
}
