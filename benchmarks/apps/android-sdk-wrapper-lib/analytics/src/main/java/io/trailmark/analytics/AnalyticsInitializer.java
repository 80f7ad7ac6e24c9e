package io.trailmark.analytics;

import android.content.ContentProvider;
import android.content.ContentValues;
import android.content.Context;
import android.content.pm.ApplicationInfo;
import android.content.pm.PackageManager;
import android.database.Cursor;
import android.net.Uri;
import android.os.Bundle;
import android.util.Log;

import androidx.annotation.NonNull;
import androidx.annotation.Nullable;

/**
 * Reads the {@code io.trailmark.analytics.*} meta-data from the merged manifest and configures
 * {@link Analytics} before {@code Application.onCreate()} runs.
 */
public class AnalyticsInitializer extends ContentProvider {

    private static final String TAG = "TrailmarkInit";

    @Override
    public boolean onCreate() {
        Context context = getContext();
        if (context == null) {
            return false;
        }

        Bundle metaData;
        try {
            ApplicationInfo info = context.getPackageManager()
                    .getApplicationInfo(context.getPackageName(), PackageManager.GET_META_DATA);
            metaData = info.metaData;
        } catch (PackageManager.NameNotFoundException e) {
            Log.e(TAG, "Cannot read manifest meta-data", e);
            return false;
        }

        if (metaData == null || !metaData.getBoolean(AnalyticsKeys.META_AUTO_INIT, true)) {
            Log.i(TAG, "Auto-init disabled");
            return false;
        }

        String apiKey = metaData.getString(AnalyticsKeys.META_API_KEY);
        if (apiKey == null) {
            Log.w(TAG, "No " + AnalyticsKeys.META_API_KEY + " meta-data, skipping auto-init");
            return false;
        }
        String host = metaData.getString(AnalyticsKeys.META_HOST, AnalyticsOptions.DEFAULT_HOST);
        String flagsKey = metaData.getString(AnalyticsKeys.META_FLAGS_SECURE_KEY);
        Log.d(TAG, "Auto-init project " + apiKey + " @ " + host + ", flags key " + flagsKey);

        try {
            AnalyticsOptions options = new AnalyticsOptions.Builder(apiKey)
                    .host(host)
                    .flagsSecureKey(flagsKey)
                    .debug(metaData.getBoolean(AnalyticsKeys.META_DEBUG, false))
                    .captureScreenViews(metaData.getBoolean(AnalyticsKeys.META_SCREEN_VIEWS, true))
                    .build();
            Analytics.setup(context, options);
        } catch (AnalyticsConfigException e) {
            Log.e(TAG, "Auto-init failed", e);
        }
        return true;
    }

    @Nullable
    @Override
    public Cursor query(@NonNull Uri uri, @Nullable String[] projection, @Nullable String selection,
                        @Nullable String[] selectionArgs, @Nullable String sortOrder) {
        return null;
    }

    @Nullable
    @Override
    public String getType(@NonNull Uri uri) {
        return null;
    }

    @Nullable
    @Override
    public Uri insert(@NonNull Uri uri, @Nullable ContentValues values) {
        return null;
    }

    @Override
    public int delete(@NonNull Uri uri, @Nullable String selection, @Nullable String[] selectionArgs) {
        return 0;
    }

    @Override
    public int update(@NonNull Uri uri, @Nullable ContentValues values, @Nullable String selection,
                      @Nullable String[] selectionArgs) {
        return 0;
    }
}
