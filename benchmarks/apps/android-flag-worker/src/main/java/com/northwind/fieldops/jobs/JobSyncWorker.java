package com.northwind.fieldops.jobs;

import android.content.Context;
import android.content.SharedPreferences;

import androidx.annotation.NonNull;
import androidx.work.Worker;
import androidx.work.WorkerParameters;

import com.northwind.fieldops.auth.SessionStore;
import com.northwind.fieldops.net.FieldOpsApi;
import com.northwind.fieldops.net.FieldOpsApi.JobDto;
import com.northwind.fieldops.net.HttpClientFactory;

import java.io.IOException;
import java.util.List;

import retrofit2.Response;
import timber.log.Timber;

/** Pulls the technician's job list and closes the work session the UI handed over. */
public class JobSyncWorker extends Worker {

    public static final String UNIQUE_NAME = "job-sync";
    public static final String KEY_JOB_ID = "job_id";
    public static final String KEY_WORK_SESSION_ID = "work_session_id";

    private static final String SYNC_PREFS = "job_sync";
    private static final String KEY_LAST_SYNC = "last_sync";

    public JobSyncWorker(@NonNull Context context, @NonNull WorkerParameters params) {
        super(context, params);
    }

    @NonNull
    @Override
    public Result doWork() {
        SessionStore sessionStore = new SessionStore(getApplicationContext());
        if (sessionStore.getSessionToken() == null) {
            Timber.i("No session yet, skipping job sync");
            return Result.success();
        }
        Timber.i("Job sync starting with session %s", sessionStore.getSessionToken());

        FieldOpsApi api = HttpClientFactory.api(HttpClientFactory.backendClient(sessionStore));
        SharedPreferences syncPrefs = getApplicationContext().getSharedPreferences(SYNC_PREFS, Context.MODE_PRIVATE);
        long lastSync = syncPrefs.getLong(KEY_LAST_SYNC, 0L);
        try {
            long jobId = getInputData().getLong(KEY_JOB_ID, -1L);
            long sessionId = getInputData().getLong(KEY_WORK_SESSION_ID, -1L);
            if (jobId > 0 && sessionId > 0) {
                Timber.d("Closing work session %d of job %d", sessionId, jobId);
                api.closeWorkSession(jobId, sessionId).execute();
            }

            Response<List<JobDto>> response = api.jobs(lastSync).execute();
            if (!response.isSuccessful() || response.body() == null) {
                Timber.w("Job sync got HTTP %d", response.code());
                return Result.retry();
            }
            List<JobDto> jobs = response.body();
            syncPrefs.edit().putLong(KEY_LAST_SYNC, System.currentTimeMillis()).apply();
            Timber.d("Job sync received %d jobs", jobs.size());
            return Result.success();
        } catch (IOException e) {
            Timber.w(e, "Job sync failed");
            return Result.retry();
        }
    }
}
