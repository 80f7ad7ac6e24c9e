package io.flagpulse.android.provider;

import android.content.ContentProvider;
import android.content.ContentValues;
import android.database.Cursor;
import android.database.MatrixCursor;
import android.net.Uri;
import android.util.Log;

import androidx.annotation.NonNull;
import androidx.annotation.Nullable;

import org.json.JSONException;
import org.json.JSONObject;

import java.util.Iterator;

import io.flagpulse.android.BuildConfig;
import io.flagpulse.android.security.SecurePrefs;

/**
 * Read-only view of the current flag snapshot for our other apps (same signature).
 * Each row carries the PostHog project key so the consumer can capture exposure events itself.
 */
public class FlagStateProvider extends ContentProvider {

    public static final String AUTHORITY = BuildConfig.APPLICATION_ID + ".flags";
    public static final Uri CONTENT_URI = Uri.parse("content://" + AUTHORITY + "/flags");

    public static final String COLUMN_FLAG_KEY = "flag_key";
    public static final String COLUMN_VALUE = "value";
    public static final String COLUMN_PROJECT_API_KEY = "project_api_key";

    private static final String TAG = "FlagStateProvider";
    private static final String[] COLUMNS = {COLUMN_FLAG_KEY, COLUMN_VALUE, COLUMN_PROJECT_API_KEY};

    @Override
    public boolean onCreate() {
        return true;
    }

    @Nullable
    @Override
    public Cursor query(@NonNull Uri uri, @Nullable String[] projection, @Nullable String selection,
                        @Nullable String[] selectionArgs, @Nullable String sortOrder) {
        MatrixCursor cursor = new MatrixCursor(COLUMNS);
        String snapshot = SecurePrefs.get(getContext()).getFlagSnapshot();
        if (snapshot != null) {
            try {
                JSONObject flags = new JSONObject(snapshot);
                for (Iterator<String> keys = flags.keys(); keys.hasNext(); ) {
                    String flagKey = keys.next();
                    cursor.addRow(new Object[]{flagKey, flags.optString(flagKey), BuildConfig.POSTHOG_PROJECT_KEY});
                }
            } catch (JSONException e) {
                Log.w(TAG, "Stored flag snapshot is not valid JSON", e);
            }
        }
        cursor.setNotificationUri(getContext().getContentResolver(), CONTENT_URI);
        return cursor;
    }

    @Nullable
    @Override
    public String getType(@NonNull Uri uri) {
        return "vnd.android.cursor.dir/vnd.io.flagpulse.flag";
    }

    @Nullable
    @Override
    public Uri insert(@NonNull Uri uri, @Nullable ContentValues values) {
        throw new UnsupportedOperationException("FlagStateProvider is read-only");
    }

    @Override
    public int delete(@NonNull Uri uri, @Nullable String selection, @Nullable String[] selectionArgs) {
        throw new UnsupportedOperationException("FlagStateProvider is read-only");
    }

    @Override
    public int update(@NonNull Uri uri, @Nullable ContentValues values, @Nullable String selection,
                      @Nullable String[] selectionArgs) {
        throw new UnsupportedOperationException("FlagStateProvider is read-only");
    }
}
