package com.brightloop.habits.data;

import android.content.Context;
import android.util.Log;

import androidx.annotation.Nullable;
import androidx.datastore.preferences.core.MutablePreferences;
import androidx.datastore.preferences.core.Preferences;
import androidx.datastore.preferences.core.PreferencesKeys;
import androidx.datastore.preferences.rxjava3.RxPreferenceDataStoreBuilder;
import androidx.datastore.rxjava3.RxDataStore;

import com.brightloop.habits.model.SessionInfo;

import io.reactivex.rxjava3.core.Single;

public class SettingsStore {

    private static final String TAG = "SettingsStore";

    static final Preferences.Key<String> ACCESS_TOKEN = PreferencesKeys.stringKey("auth_token");
    static final Preferences.Key<String> REFRESH_TOKEN = PreferencesKeys.stringKey("refresh_token");
    static final Preferences.Key<String> USER_ID = PreferencesKeys.stringKey("user_id");
    static final Preferences.Key<Long> EXPIRES_AT = PreferencesKeys.longKey("expires_at");

    private static volatile SettingsStore instance;

    private final RxDataStore<Preferences> dataStore;

    private SettingsStore(Context context) {
        dataStore = new RxPreferenceDataStoreBuilder(context.getApplicationContext(), "session").build();
    }

    public static SettingsStore getInstance(Context context) {
        if (instance == null) {
            synchronized (SettingsStore.class) {
                if (instance == null) {
                    instance = new SettingsStore(context);
                }
            }
        }
        return instance;
    }

    public Single<Preferences> saveSession(SessionInfo session) {
        String refreshToken = session.getRefreshToken();
        Log.v(TAG, "Persisting session for " + session.getUserId() + ", refresh=" + refreshToken);
        return dataStore.updateDataAsync(prefsIn -> {
            MutablePreferences prefs = prefsIn.toMutablePreferences();
            prefs.set(ACCESS_TOKEN, session.getAccessToken());
            prefs.set(REFRESH_TOKEN, refreshToken);
            prefs.set(USER_ID, session.getUserId());
            prefs.set(EXPIRES_AT, session.getExpiresAtMillis());
            return Single.just(prefs);
        });
    }

    @Nullable
    public String getAccessTokenBlocking() {
        Preferences prefs = dataStore.data().blockingFirst();
        String token = prefs.get(ACCESS_TOKEN);
        Log.d(TAG, "Loaded preference " + ACCESS_TOKEN.getName() + ", present=" + (token != null));
        return token;
    }

    public Single<Preferences> clear() {
        return dataStore.updateDataAsync(prefsIn -> {
            MutablePreferences prefs = prefsIn.toMutablePreferences();
            prefs.clear();
            return Single.just(prefs);
        });
    }
}
