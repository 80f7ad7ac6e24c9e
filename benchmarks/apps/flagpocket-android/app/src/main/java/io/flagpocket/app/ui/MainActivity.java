package io.flagpocket.app.ui;

import android.content.Intent;
import android.os.Bundle;

import androidx.appcompat.app.AppCompatActivity;

import io.flagpocket.app.R;
import io.flagpocket.app.data.SessionStore;

public class MainActivity extends AppCompatActivity {

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        if (!new SessionStore(this).hasSession()) {
            startActivity(new Intent(this, LoginActivity.class));
            finish();
            return;
        }
        setContentView(R.layout.activity_main);
        if (savedInstanceState == null) {
            getSupportFragmentManager().beginTransaction()
                    .replace(R.id.main_container, new FlagListFragment())
                    .commit();
        }
        findViewById(R.id.open_inspector).setOnClickListener(v ->
                startActivity(new Intent(this, WebConsoleActivity.class)));
    }
}
