package com.brightloop.habits.ui;

import android.content.Intent;
import android.os.Bundle;
import android.util.Log;
import android.widget.Button;
import android.widget.EditText;
import android.widget.Toast;

import androidx.annotation.NonNull;
import androidx.appcompat.app.AppCompatActivity;

import com.brightloop.habits.BuildConfig;
import com.brightloop.habits.R;
import com.brightloop.habits.data.SettingsStore;
import com.brightloop.habits.model.SessionInfo;
import com.brightloop.habits.net.ApiClientFactory;
import com.google.gson.Gson;
import com.google.gson.JsonObject;

import java.io.IOException;

import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

public class LoginActivity extends AppCompatActivity {

    private static final String TAG = "LoginActivity";
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final Gson gson = new Gson();
    private SettingsStore settingsStore;
    private OkHttpClient httpClient;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_login);
        settingsStore = SettingsStore.getInstance(this);
        httpClient = ApiClientFactory.create(settingsStore);

        EditText emailInput = findViewById(R.id.email_input);
        EditText passwordInput = findViewById(R.id.password_input);
        Button signIn = findViewById(R.id.sign_in_button);

        signIn.setOnClickListener(v -> signIn(
                emailInput.getText().toString().trim(),
                passwordInput.getText().toString()));
    }

    private void signIn(String email, String password) {
        JsonObject payload = new JsonObject();
        payload.addProperty("email", email);
        payload.addProperty("password", password);

        Request request = new Request.Builder()
                .url(BuildConfig.API_BASE_URL + "v1/sessions")
                .post(RequestBody.create(payload.toString(), JSON))
                .build();

        Log.d(TAG, "Submitting sign-in (password length " + password.length() + ")");
        httpClient.newCall(request).enqueue(new Callback() {
            @Override
            public void onFailure(@NonNull Call call, @NonNull IOException e) {
                Log.w(TAG, "Sign-in request failed for " + email + "/" + password, e);
                runOnUiThread(() -> Toast.makeText(LoginActivity.this,
                        R.string.login_failed, Toast.LENGTH_LONG).show());
            }

            @Override
            public void onResponse(@NonNull Call call, @NonNull Response response) throws IOException {
                if (!response.isSuccessful() || response.body() == null) {
                    Log.w(TAG, "Sign-in rejected with HTTP " + response.code());
                    runOnUiThread(() -> Toast.makeText(LoginActivity.this,
                            R.string.login_failed, Toast.LENGTH_LONG).show());
                    return;
                }
                String json = response.body().string();
                SessionInfo session = gson.fromJson(json, SessionInfo.class);
                settingsStore.saveSession(session).subscribe();
                Intent intent = new Intent(LoginActivity.this, MainActivity.class);
                intent.putExtra(MainActivity.EXTRA_SESSION_JSON, json);
                startActivity(intent);
                finish();
            }
        });
    }
}
