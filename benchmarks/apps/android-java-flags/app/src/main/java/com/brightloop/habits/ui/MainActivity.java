package com.brightloop.habits.ui;

import android.content.Intent;
import android.os.Bundle;
import android.util.Log;
import android.view.Menu;
import android.view.MenuItem;
import android.widget.TextView;

import androidx.appcompat.app.AppCompatActivity;
import androidx.lifecycle.ViewModelProvider;

import com.brightloop.habits.BuildConfig;
import com.brightloop.habits.R;
import com.brightloop.habits.model.SessionInfo;
import com.google.gson.Gson;

public class MainActivity extends AppCompatActivity {

    private static final String TAG = "MainActivity";
    public static final String EXTRA_SESSION_JSON = "com.brightloop.habits.extra.SESSION_JSON";

    private FlagsViewModel viewModel;
    private TextView statusView;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_main);
        statusView = findViewById(R.id.status_text);

        String sessionJson = getIntent().getStringExtra(EXTRA_SESSION_JSON);
        if (sessionJson == null) {
            startActivity(new Intent(this, LoginActivity.class));
            finish();
            return;
        }

        SessionInfo session = new Gson().fromJson(sessionJson, SessionInfo.class);
        Log.i(TAG, "Session restored: " + session);
        Log.d(TAG, "Token type " + session.getTokenType() + ", expired=" + session.isExpired());

        viewModel = new ViewModelProvider(this).get(FlagsViewModel.class);
        viewModel.isLoading().observe(this, loading ->
                statusView.setText(loading ? getString(R.string.flags_loading) : ""));
        viewModel.getFlags().observe(this, flags ->
                statusView.setText(getResources().getQuantityString(
                        R.plurals.flags_enabled, flags.size(), flags.size())));
        viewModel.load(session.getUserId());
    }

    @Override
    public boolean onCreateOptionsMenu(Menu menu) {
        getMenuInflater().inflate(R.menu.main, menu);
        menu.findItem(R.id.action_diagnostics).setVisible(BuildConfig.DEBUG);
        return true;
    }

    @Override
    public boolean onOptionsItemSelected(MenuItem item) {
        if (item.getItemId() == R.id.action_diagnostics) {
            startActivity(new Intent(this, DebugMenuActivity.class));
            return true;
        }
        return super.onOptionsItemSelected(item);
    }
}
