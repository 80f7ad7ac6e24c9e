package com.northwind.fieldops.flags;

import android.content.Context;

import androidx.annotation.NonNull;
import androidx.work.Worker;
import androidx.work.WorkerParameters;

import com.northwind.fieldops.BuildConfig;
import com.northwind.fieldops.config.FlagConfig;
import com.northwind.fieldops.config.FlagKeys;
import com.northwind.fieldops.data.FieldOpsDatabase;
import com.northwind.fieldops.data.FlagStateEntity;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

import java.util.ArrayList;
import java.util.List;

import timber.log.Timber;

/**
 * Evaluates the app's feature flags locally (posthog-server polls the flag definitions) and
 * stores the results in Room so the next cold start has them offline.
 */
public class FlagSyncWorker extends Worker {

    public static final String UNIQUE_NAME = "flag-sync";
    public static final String KEY_DISTINCT_ID = "distinct_id";

    private static final String[] SYNCED_FLAGS = {
            FlagKeys.FLAG_OFFLINE_MAPS,
            FlagKeys.FLAG_PHOTO_UPLOAD_V2,
            FlagKeys.FLAG_NEW_JOB_LIST,
    };

    public FlagSyncWorker(@NonNull Context context, @NonNull WorkerParameters params) {
        super(context, params);
    }

    @NonNull
    @Override
    public Result doWork() {
        String distinctId = getInputData().getString(KEY_DISTINCT_ID);
        if (distinctId == null) {
            return Result.success();
        }

        PostHogConfig.Builder builder = PostHogConfig.builder(FlagConfig.get().getProjectApiKey())
                .host(FlagConfig.get().getHost())
                .personalApiKey(FlagConfig.get().getPersonalApiKey())
                .pollIntervalSeconds(300);
        if (!"release".equals(BuildConfig.BUILD_TYPE)) {
            builder.debug(true);
        }

        PostHogInterface posthog = PostHog.with(builder.build());
        try {
            long now = System.currentTimeMillis();
            List<FlagStateEntity> states = new ArrayList<>();
            for (String flag : SYNCED_FLAGS) {
                boolean enabled = posthog.isFeatureEnabled(distinctId, flag, false);
                Object variant = posthog.getFeatureFlag(distinctId, flag);
                states.add(new FlagStateEntity(flag, enabled,
                        variant instanceof String ? (String) variant : null, now));
            }
            FieldOpsDatabase.get(getApplicationContext()).flagStateDao().upsertAll(states);
            Timber.d("Stored %d flag states for the next cold start", states.size());
            return Result.success();
        } catch (RuntimeException e) {
            Timber.w(e, "Flag sync failed");
            return Result.retry();
        } finally {
            posthog.close();
        }
    }
}
