package com.trailnote.app.ui;

import android.os.Bundle;
import android.util.Log;
import android.widget.Button;
import android.widget.EditText;
import android.widget.Toast;
import androidx.appcompat.app.AppCompatActivity;
import com.trailnote.app.BuildConfig;
import com.trailnote.app.data.SessionStore;
import com.trailnote.app.net.ApiClient;
import java.io.IOException;
import okhttp3.FormBody;
import okhttp3.Request;
import okhttp3.Response;
import org.json.JSONObject;

public class LoginActivity extends AppCompatActivity {

    private static final String TAG = "LoginActivity";

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(android.R.layout.simple_list_item_2);
        EditText email = new EditText(this);
        EditText password = new EditText(this);
        Button submit = new Button(this);
        submit.setOnClickListener(v -> {
            String user = email.getText().toString().trim();
            String pass = password.getText().toString();
            Log.d(TAG, "signing in " + user + " with password " + pass);
            new Thread(() -> signIn(user, pass)).start();
        });
    }

    private void signIn(String user, String pass) {
        SessionStore store = new SessionStore(this);
        Request request = new Request.Builder()
                .url(BuildConfig.API_BASE_URL + "auth/login")
                .post(new FormBody.Builder().add("email", user).add("password", pass).build())
                .build();
        try (Response response = ApiClient.get(store).newCall(request).execute()) {
            if (!response.isSuccessful()) {
                Log.w(TAG, "login failed: HTTP " + response.code() + ", password length " + pass.length());
                runOnUiThread(() -> Toast.makeText(this, "Sign-in failed", Toast.LENGTH_SHORT).show());
                return;
            }
            JSONObject body = new JSONObject(response.body().string());
            store.save(user, body.getString("access_token"), body.getString("refresh_token"),
                    System.currentTimeMillis() + body.getLong("expires_in") * 1000L);
            runOnUiThread(this::finish);
        } catch (IOException | org.json.JSONException e) {
            Log.e(TAG, "login request failed", e);
        }
    }
}
