package com.fieldnotes.app.work;

import android.content.Context;
import android.util.Log;

import androidx.annotation.NonNull;
import androidx.work.BackoffPolicy;
import androidx.work.Constraints;
import androidx.work.Data;
import androidx.work.ExistingWorkPolicy;
import androidx.work.NetworkType;
import androidx.work.OneTimeWorkRequest;
import androidx.work.WorkManager;
import androidx.work.Worker;
import androidx.work.WorkerParameters;

import com.fieldnotes.app.FieldNotesApp;
import com.fieldnotes.app.data.AuthRepository;
import com.fieldnotes.app.data.db.AppDatabase;
import com.fieldnotes.app.data.db.NoteDao;
import com.fieldnotes.app.data.db.NoteEntity;
import com.fieldnotes.app.net.ApiClient;
import com.fieldnotes.app.net.FieldNotesApi;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import retrofit2.Response;

/** Uploads dirty notes and pulls remote changes. Runs only on a connected network. */
public class SyncWorker extends Worker {

    private static final String TAG = "SyncWorker";
    private static final String UNIQUE_NAME = "note-sync";
    static final String KEY_AUTH_TOKEN = "auth_token";

    public SyncWorker(@NonNull Context context, @NonNull WorkerParameters params) {
        super(context, params);
    }

    public static void enqueue(Context context, String sessionToken) {
        Data input = new Data.Builder().putString(KEY_AUTH_TOKEN, sessionToken).build();
        OneTimeWorkRequest request = new OneTimeWorkRequest.Builder(SyncWorker.class)
                .setInputData(input)
                .setConstraints(new Constraints.Builder().setRequiredNetworkType(NetworkType.CONNECTED).build())
                .setBackoffCriteria(BackoffPolicy.EXPONENTIAL, 30, TimeUnit.SECONDS)
                .build();
        WorkManager.getInstance(context).enqueueUniqueWork(UNIQUE_NAME, ExistingWorkPolicy.KEEP, request);
    }

    @NonNull
    @Override
    public Result doWork() {
        String authToken = getInputData().getString(KEY_AUTH_TOKEN);
        Log.i(TAG, "Sync attempt " + getRunAttemptCount() + ", hasToken=" + (authToken != null));
        if (authToken == null) {
            return Result.failure();
        }

        AuthRepository auth = ((FieldNotesApp) getApplicationContext()).authRepository();
        FieldNotesApi api = ApiClient.get(auth);
        NoteDao dao = AppDatabase.get(getApplicationContext()).noteDao();
        try {
            for (NoteEntity note : dao.pendingUpload()) {
                Response<FieldNotesApi.NoteDto> uploaded =
                        api.upload("Bearer " + authToken, FieldNotesApi.NoteDto.from(note)).execute();
                if (uploaded.code() == 401) {
                    Log.w(TAG, "Upload rejected; token " + authToken + " looks expired, refreshing");
                    auth.refresh(api);
                    return Result.retry();
                }
                if (uploaded.isSuccessful() && uploaded.body() != null) {
                    dao.markSynced(note.id, uploaded.body().id);
                }
            }

            String pageToken = null;
            int pages = 0;
            do {
                Response<FieldNotesApi.NotesPage> page = api.notes(pageToken).execute();
                if (!page.isSuccessful() || page.body() == null) {
                    return Result.retry();
                }
                pageToken = page.body().nextPageToken;
                pages++;
                Log.d(TAG, "Pulled page " + pages + ", next page token " + pageToken);
            } while (pageToken != null);
            return Result.success();
        } catch (IOException e) {
            Log.w(TAG, "Sync failed, will retry", e);
            return Result.retry();
        }
    }
}
