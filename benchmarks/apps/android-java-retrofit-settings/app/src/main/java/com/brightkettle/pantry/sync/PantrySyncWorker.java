package com.brightkettle.pantry.sync;

import android.content.Context;
import android.util.Log;

import androidx.annotation.NonNull;
import androidx.work.Worker;
import androidx.work.WorkerParameters;

import com.brightkettle.pantry.auth.AuthRepository;
import com.brightkettle.pantry.auth.SessionStore;
import com.brightkettle.pantry.data.AppDatabase;
import com.brightkettle.pantry.data.PantryItem;
import com.brightkettle.pantry.data.PantryItemDao;
import com.brightkettle.pantry.network.ApiClient;

import java.io.IOException;
import java.util.List;

import retrofit2.Response;

public class PantrySyncWorker extends Worker {

    public static final String TAG = "PantrySync";
    public static final String KEY_SYNC_SESSION_ID = "sync_session_id";

    public PantrySyncWorker(@NonNull Context context, @NonNull WorkerParameters params) {
        super(context, params);
    }

    @NonNull
    @Override
    public Result doWork() {
        long syncSessionId = getInputData().getLong(KEY_SYNC_SESSION_ID, 0L);
        Log.i(TAG, "Starting sync session " + syncSessionId + " (attempt " + getRunAttemptCount() + ")");

        Context context = getApplicationContext();
        SessionStore store = SessionStore.get(context);
        AuthRepository auth = new AuthRepository(context);
        PantryItemDao dao = AppDatabase.get(context).pantryItems();

        try {
            if (store.isExpired()) {
                auth.refresh();
            }
            Response<List<PantryItem>> response = ApiClient.pantry(context).listItems(dao.lastUpdated()).execute();
            if (!response.isSuccessful() || response.body() == null) {
                Log.w(TAG, "Sync failed with HTTP " + response.code());
                return Result.retry();
            }
            dao.upsertAll(response.body());
            Log.i(TAG, "Synced " + response.body().size() + " pantry items");
            return Result.success();
        } catch (AuthRepository.AuthException e) {
            Log.w(TAG, "Sync aborted: " + e.getMessage());
            store.clear();
            return Result.failure();
        } catch (IOException e) {
            Log.w(TAG, "Sync failed, will retry", e);
            return Result.retry();
        }
    }
}
