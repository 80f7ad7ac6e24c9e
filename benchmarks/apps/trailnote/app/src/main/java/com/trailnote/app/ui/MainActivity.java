package com.trailnote.app.ui;

import android.content.Intent;
import android.os.Bundle;
import android.util.Log;
import android.webkit.CookieManager;
import androidx.appcompat.app.AppCompatActivity;
import com.posthog.PostHog;
import com.trailnote.app.data.SessionStore;
import com.trailnote.app.web.HelpActivity;

public class MainActivity extends AppCompatActivity {

    private static final String TAG = "MainActivity";

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        SessionStore session = new SessionStore(this);
        Log.d(TAG, "restored " + session);
        if (!session.isLoggedIn()) {
            startActivity(new Intent(this, LoginActivity.class));
            finish();
            return;
        }
        Log.d(TAG, "session restored from pref " + SessionStore.KEY_SESSION_TOKEN);
        PostHog.Companion.identify(session.user(), null, null);
        String helpCookies = CookieManager.getInstance().getCookie(HelpActivity.HELP_ORIGIN);
        Log.v(TAG, "help center cookies: " + helpCookies);
        Log.v(TAG, "help center cookie present: " + (helpCookies != null));
    }
}
