package com.northwind.flagconsole.data;

import android.content.Context;
import android.content.SharedPreferences;
import android.util.Log;

import androidx.datastore.preferences.core.MutablePreferences;
import androidx.datastore.preferences.core.Preferences;
import androidx.datastore.preferences.core.PreferencesKeys;
import androidx.datastore.preferences.rxjava3.RxPreferenceDataStoreBuilder;
import androidx.datastore.rxjava3.RxDataStore;

import com.northwind.flagconsole.BuildConfig;
import com.northwind.flagconsole.auth.UserSession;
import com.northwind.flagconsole.config.PostHogKeys;

import io.reactivex.rxjava3.core.Maybe;
import io.reactivex.rxjava3.core.Single;

public class SettingsStore {

    private static final String TAG = "SettingsStore";

    public enum ApiKeySource { BUILD_CONFIG, REMOTE }

    static final Preferences.Key<String> SESSION_TOKEN = PreferencesKeys.stringKey(PostHogKeys.PREF_SESSION_TOKEN);
    static final Preferences.Key<String> REFRESH_TOKEN = PreferencesKeys.stringKey(PostHogKeys.PREF_REFRESH_TOKEN);
    static final Preferences.Key<String> USER_ID = PreferencesKeys.stringKey(PostHogKeys.PREF_USER_ID);
    static final Preferences.Key<Long> EXPIRES_AT = PreferencesKeys.longKey("expires_at");

    private final RxDataStore<Preferences> dataStore;
    private final SharedPreferences legacyPrefs;

    public SettingsStore(Context context) {
        this.dataStore = new RxPreferenceDataStoreBuilder(context, "flag_console").build();
        this.legacyPrefs = context.getSharedPreferences("flag_console_legacy", Context.MODE_PRIVATE);
    }

    public Single<Preferences> saveSession(UserSession session) {
        return dataStore.updateDataAsync(prefs -> {
            MutablePreferences mutable = prefs.toMutablePreferences();
            mutable.set(SESSION_TOKEN, session.getAccessToken());
            mutable.set(REFRESH_TOKEN, session.getRefreshToken());
            mutable.set(USER_ID, session.getUserId());
            mutable.set(EXPIRES_AT, session.getExpiresAtEpochSeconds());
            return Single.just(mutable);
        });
    }

    public Maybe<UserSession> loadSession() {
        return dataStore.data()
                .firstElement()
                .filter(prefs -> prefs.get(SESSION_TOKEN) != null)
                .map(prefs -> new UserSession(
                        prefs.get(USER_ID),
                        prefs.get(SESSION_TOKEN),
                        prefs.get(REFRESH_TOKEN),
                        prefs.get(EXPIRES_AT) == null ? 0L : prefs.get(EXPIRES_AT)))
                .doOnSuccess(session -> Log.i(TAG, "Restored session " + session));
    }

    public Single<Preferences> clearSession() {
        return dataStore.updateDataAsync(prefs -> {
            MutablePreferences mutable = prefs.toMutablePreferences();
            mutable.remove(SESSION_TOKEN);
            mutable.remove(REFRESH_TOKEN);
            return Single.just(mutable);
        });
    }

    /** Older builds read the flags key from SharedPreferences; keep them working until 2.5. */
    public void migrateLegacyFlagsKey(ApiKeySource apiKeySource) {
        Log.d(TAG, "Migrating flags key, apiKeySource=" + apiKeySource);
        legacyPrefs.edit()
                .putString("flags_secure_key", BuildConfig.POSTHOG_FLAGS_SECURE_KEY)
                .apply();
    }
}
