package com.brightleaf.freeflags.error;

import android.util.Log;

import com.google.firebase.crashlytics.FirebaseCrashlytics;

public final class CrashReporter {

    private static final String TAG = "CrashReporter";

    private CrashReporter() {
    }

    public static void report(String where, Throwable error) {
        if (error instanceof ApiException) {
            ApiException api = (ApiException) error;
            Log.e(TAG, where + " failed (" + api.getHttpStatus() + "): " + api.getMessage());
        } else {
            Log.e(TAG, where + " failed", error);
        }
        FirebaseCrashlytics crashlytics = FirebaseCrashlytics.getInstance();
        crashlytics.setCustomKey("where", where);
        crashlytics.recordException(error);
    }

    public static void breadcrumb(String message) {
        FirebaseCrashlytics.getInstance().log(message);
    }
}
