package io.flagpulse.android.ui;

import android.os.Bundle;
import android.util.Log;
import android.widget.Button;
import android.widget.LinearLayout;
import android.widget.TextView;

import androidx.appcompat.app.AppCompatActivity;

import org.json.JSONException;
import org.json.JSONObject;

import java.util.Iterator;

import io.flagpulse.android.FlagPulseApp;
import io.flagpulse.android.R;
import io.flagpulse.android.security.SecurePrefs;

/** Internal screen: shows the relay session and the current flag snapshot. */
public class DebugFlagsActivity extends AppCompatActivity {

    private static final String TAG = "DebugFlags";

    private int socketSessionId;
    private TextView sessionView;
    private TextView flagsView;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        int pad = (int) (16 * getResources().getDisplayMetrics().density);

        LinearLayout root = new LinearLayout(this);
        root.setOrientation(LinearLayout.VERTICAL);
        root.setPadding(pad, pad, pad, pad);
        sessionView = new TextView(this);
        flagsView = new TextView(this);
        Button reconnect = new Button(this);
        reconnect.setText(R.string.debug_reconnect);
        reconnect.setOnClickListener(v -> reconnect());
        root.addView(sessionView);
        root.addView(reconnect);
        root.addView(flagsView);
        setContentView(root);
    }

    @Override
    protected void onResume() {
        super.onResume();
        SecurePrefs prefs = SecurePrefs.get(this);
        String relayToken = prefs.getRelayToken();
        if (relayToken == null) {
            sessionView.setText(R.string.debug_no_token);
        } else {
            String masked = relayToken.substring(0, 4) + "****";
            sessionView.setText(masked);
            Log.i(TAG, "Relay token in use: " + masked);
        }
        Log.d(TAG, "Debug screen opened for relay session " + prefs.getSessionId());
        renderFlags(prefs.getFlagSnapshot());
    }

    private void reconnect() {
        socketSessionId++;
        Log.i(TAG, "Reconnecting relay socket, local session #" + socketSessionId);
        FlagPulseApp app = (FlagPulseApp) getApplication();
        app.getSocketClient().disconnect("manual reconnect");
        app.getSocketClient().connect();
    }

    private void renderFlags(String snapshot) {
        if (snapshot == null) {
            flagsView.setText("");
            return;
        }
        StringBuilder text = new StringBuilder();
        try {
            JSONObject flags = new JSONObject(snapshot);
            for (Iterator<String> keys = flags.keys(); keys.hasNext(); ) {
                String key = keys.next();
                text.append(key).append(" = ").append(flags.optString(key)).append('\n');
            }
        } catch (JSONException e) {
            text.append("snapshot unreadable");
        }
        flagsView.setText(text);
    }
}
