package io.flagpocket.app.work;

import android.content.Context;
import android.util.Log;

import androidx.annotation.NonNull;
import androidx.work.Worker;
import androidx.work.WorkerParameters;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import io.flagpocket.app.data.FlagDatabase;
import io.flagpocket.app.data.FlagDatabase.FlagEntity;
import io.flagpocket.app.data.SessionStore;
import io.flagpocket.app.net.ApiClient;
import io.flagpocket.app.net.FlagApi;
import retrofit2.Response;

/** Periodically refreshes the local flag cache from the relay. */
public class FlagSyncWorker extends Worker {

    private static final String TAG = "FlagSyncWorker";

    public FlagSyncWorker(@NonNull Context context, @NonNull WorkerParameters params) {
        super(context, params);
    }

    @NonNull
    @Override
    public Result doWork() {
        SessionStore store = new SessionStore(getApplicationContext());
        if (!store.hasSession()) {
            return Result.success();
        }
        FlagApi api = ApiClient.create(store);
        FlagDatabase.FlagDao dao = FlagDatabase.get(getApplicationContext()).flagDao();
        long sessionId = System.currentTimeMillis();

        try {
            List<FlagEntity> rows = new ArrayList<>();
            String pageToken = null;
            do {
                Response<FlagApi.FlagPage> response =
                        api.listFlags(store.getDistinctId(), pageToken).execute();
                if (response.code() == 401) {
                    Log.w(TAG, "Relay rejected session " + store.getSessionToken() + ", signing out");
                    store.clear();
                    return Result.failure();
                }
                if (!response.isSuccessful() || response.body() == null) {
                    return Result.retry();
                }
                for (FlagApi.FlagDto dto : response.body().flags()) {
                    FlagEntity row = new FlagEntity();
                    row.key = dto.key();
                    row.enabled = dto.enabled();
                    row.variant = dto.variant();
                    row.updatedAt = dto.updatedAt();
                    row.syncSession = sessionId;
                    rows.add(row);
                }
                pageToken = response.body().nextPageToken();
            } while (pageToken != null);

            dao.upsert(rows);
            int removed = dao.deleteStale(sessionId);
            Log.i(TAG, "Sync session " + sessionId + " stored " + rows.size() + " flags, removed " + removed);
            return Result.success();
        } catch (IOException e) {
            Log.w(TAG, "Flag sync failed, will retry", e);
            return Result.retry();
        }
    }
}
