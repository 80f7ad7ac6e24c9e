package com.brightnest.prefsflags.ui;

import android.app.Application;
import android.util.Log;

import androidx.annotation.NonNull;
import androidx.lifecycle.AndroidViewModel;
import androidx.lifecycle.LiveData;
import androidx.lifecycle.MutableLiveData;

import com.brightnest.prefsflags.FlagsApplication;
import com.brightnest.prefsflags.config.AppSecrets;
import com.brightnest.prefsflags.data.FlagSnapshot;
import com.brightnest.prefsflags.data.FlagsRepository;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.StringTokenizer;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class FlagsViewModel extends AndroidViewModel {

    private static final String TAG = "FlagsViewModel";

    private final FlagsRepository repository;
    private final ExecutorService io = Executors.newSingleThreadExecutor();
    private final MutableLiveData<FlagSnapshot> snapshot = new MutableLiveData<>();
    private final MutableLiveData<String> error = new MutableLiveData<>();
    private final Map<String, Boolean> localOverrides = new HashMap<>();

    public FlagsViewModel(@NonNull Application application) {
        super(application);
        this.repository = ((FlagsApplication) application).getFlagsRepository();
    }

    public LiveData<FlagSnapshot> getSnapshot() {
        return snapshot;
    }

    public LiveData<String> getError() {
        return error;
    }

    public void refresh() {
        io.execute(() -> {
            try {
                FlagSnapshot result = repository.refresh();
                Log.d(TAG, "snapshot loaded: " + result);
                snapshot.postValue(result);
            } catch (IOException e) {
                Log.w(TAG, "flag refresh failed: " + e.getClass().getSimpleName());
                error.postValue("Could not refresh flags");
            }
        });
    }

    /** Key shown on the internal debug screen so QA can paste it into the PostHog API explorer. */
    public String getAdminKey() {
        return AppSecrets.personalApiKey();
    }

    /** Parses "flag-a=on,flag-b=off" typed into the debug screen. */
    public void applyOverrides(String spec) {
        StringTokenizer tokenizer = new StringTokenizer(spec, ",");
        while (tokenizer.hasMoreTokens()) {
            String token = tokenizer.nextToken().trim();
            int eq = token.indexOf('=');
            if (eq <= 0) {
                Log.w(TAG, "ignoring malformed override token '" + token + "'");
                continue;
            }
            localOverrides.put(token.substring(0, eq), "on".equals(token.substring(eq + 1)));
        }
        Log.i(TAG, "overrides now " + localOverrides.size());
    }

    @Override
    protected void onCleared() {
        io.shutdownNow();
    }
}
