package com.brightlane.flagdeck.sync;

import android.content.Context;

import androidx.annotation.NonNull;
import androidx.work.Constraints;
import androidx.work.ExistingPeriodicWorkPolicy;
import androidx.work.NetworkType;
import androidx.work.PeriodicWorkRequest;
import androidx.work.WorkManager;
import androidx.work.Worker;
import androidx.work.WorkerParameters;

import com.brightlane.flagdeck.api.FlagListResponse;
import com.brightlane.flagdeck.data.FlagRepository;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import timber.log.Timber;

public class FlagSyncWorker extends Worker {

    private static final String WORK_NAME = "flag-sync";

    public FlagSyncWorker(@NonNull Context context, @NonNull WorkerParameters params) {
        super(context, params);
    }

    public static void schedule(Context context) {
        PeriodicWorkRequest request = new PeriodicWorkRequest.Builder(FlagSyncWorker.class, 30, TimeUnit.MINUTES)
                .setConstraints(new Constraints.Builder().setRequiredNetworkType(NetworkType.CONNECTED).build())
                .build();
        WorkManager.getInstance(context)
                .enqueueUniquePeriodicWork(WORK_NAME, ExistingPeriodicWorkPolicy.KEEP, request);
    }

    @NonNull
    @Override
    public Result doWork() {
        FlagRepository repository = new FlagRepository(getApplicationContext());
        try {
            List<FlagListResponse.Flag> flags = repository.fetchFlags();
            Timber.i("Synced %d flags", flags.size());
            return Result.success();
        } catch (IllegalStateException e) {
            Timber.e(e, "Flag sync stopped");
            return Result.failure();
        } catch (IOException e) {
            Timber.w(e, "Flag sync failed, retrying later");
            return Result.retry();
        }
    }
}
