package com.fieldnotes.app;

import android.app.Application;

import com.fieldnotes.app.analytics.AnalyticsInitializer;
import com.fieldnotes.app.data.AuthRepository;

import timber.log.Timber;

public class FieldNotesApp extends Application {

    private AuthRepository authRepository;

    @Override
    public void onCreate() {
        super.onCreate();
        if (BuildConfig.DEBUG) {
            Timber.plant(new Timber.DebugTree());
        }
        AnalyticsInitializer.init(this);
        authRepository = new AuthRepository(this);
    }

    public AuthRepository authRepository() {
        return authRepository;
    }
}
