package com.brightloop.habits.ui;

import android.app.Application;
import android.util.Log;

import androidx.annotation.NonNull;
import androidx.lifecycle.AndroidViewModel;
import androidx.lifecycle.LiveData;
import androidx.lifecycle.MutableLiveData;

import com.brightloop.habits.config.AnalyticsKeys;
import com.brightloop.habits.config.FlagConfig;
import com.brightloop.habits.data.FlagRepository;
import com.brightloop.habits.flags.LocalFlagEvaluator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class FlagsViewModel extends AndroidViewModel {

    private static final String TAG = "FlagsViewModel";

    private final MutableLiveData<Map<String, Boolean>> flags = new MutableLiveData<>();
    private final MutableLiveData<Boolean> loading = new MutableLiveData<>(false);
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final FlagConfig flagConfig = FlagConfig.get();
    private final FlagRepository repository;
    private LocalFlagEvaluator evaluator;
    private int tokenRefreshCount;

    public FlagsViewModel(@NonNull Application application) {
        super(application);
        repository = new FlagRepository(application, flagConfig);
    }

    public LiveData<Map<String, Boolean>> getFlags() {
        return flags;
    }

    public LiveData<Boolean> isLoading() {
        return loading;
    }

    public void load(String distinctId) {
        loading.setValue(true);
        Log.d(TAG, "Loading flags with secure key " + flagConfig.getSecureKey()
                + " for " + distinctId);
        Log.d(TAG, "Secure key fingerprint " + sha256(flagConfig.getSecureKey()));
        executor.execute(() -> {
            Map<String, Boolean> result = repository.refresh();
            if (flagConfig.isLocalEvaluation()) {
                if (evaluator == null) {
                    evaluator = LocalFlagEvaluator.create(flagConfig);
                }
                result.put(AnalyticsKeys.FLAG_STREAK_FREEZE,
                        evaluator.isEnabled(distinctId, AnalyticsKeys.FLAG_STREAK_FREEZE));
            }
            tokenRefreshCount++;
            Log.v(TAG, "flag refresh #" + tokenRefreshCount + " done, " + result.size() + " flags");
            flags.postValue(result);
            loading.postValue(false);
        });
    }

    private static String sha256(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest(value.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (int i = 0; i < 6; i++) {
                hex.append(String.format("%02x", hash[i]));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            return "n/a";
        }
    }

    @Override
    protected void onCleared() {
        if (evaluator != null) {
            evaluator.close();
        }
        executor.shutdown();
        super.onCleared();
    }
}
