package com.fieldcrew.flags.ui;

import android.app.Application;
import android.util.Log;

import androidx.annotation.NonNull;
import androidx.lifecycle.AndroidViewModel;
import androidx.lifecycle.LiveData;
import androidx.lifecycle.MediatorLiveData;
import androidx.lifecycle.MutableLiveData;

import com.fieldcrew.flags.BuildConfig;
import com.fieldcrew.flags.config.AdminCredentials;
import com.fieldcrew.flags.data.FlagEntity;
import com.fieldcrew.flags.data.FlagRepository;
import com.fieldcrew.flags.flags.FlagExpressionLexer;
import com.fieldcrew.flags.model.FlagSummary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

public class FlagsViewModel extends AndroidViewModel {

    private static final String TAG = "FlagsViewModel";

    private final FlagRepository repository;
    private final MutableLiveData<String> filter = new MutableLiveData<>("");
    private final MediatorLiveData<List<FlagEntity>> visibleFlags = new MediatorLiveData<>();
    private final MutableLiveData<String> adminKey = new MutableLiveData<>();

    public FlagsViewModel(@NonNull Application application) {
        super(application);
        repository = FlagRepository.get(application);
        LiveData<List<FlagEntity>> all = repository.observeFlags();
        visibleFlags.addSource(all, flags -> visibleFlags.setValue(apply(flags, filter.getValue())));
        visibleFlags.addSource(filter, f -> visibleFlags.setValue(apply(all.getValue(), f)));

        if (BuildConfig.DEBUG) {
            AdminCredentials credentials = repository.credentials();
            Log.d(TAG, "admin panel auth mode: " + AdminCredentials.CredentialKind.API_KEY);
            adminKey.setValue(credentials.getPersonalApiKey());
        }
    }

    public LiveData<List<FlagEntity>> visibleFlags() {
        return visibleFlags;
    }

    public LiveData<FlagSummary> summary() {
        return repository.summary();
    }

    public LiveData<String> adminKey() {
        return adminKey;
    }

    public LiveData<String> lastError() {
        return repository.lastError();
    }

    public void setFilter(String expression) {
        filter.setValue(expression);
    }

    private List<FlagEntity> apply(List<FlagEntity> flags, String expression) {
        if (flags == null) {
            return Collections.emptyList();
        }
        List<FlagExpressionLexer.Token> tokens = new FlagExpressionLexer(expression).tokenize();
        List<String> words = new ArrayList<>();
        boolean activeOnly = false;
        for (FlagExpressionLexer.Token token : tokens) {
            Log.v(TAG, "filter token " + token);
            if (token.type == FlagExpressionLexer.TokenType.WORD) {
                if ("active".equalsIgnoreCase(token.text)) {
                    activeOnly = true;
                } else {
                    words.add(token.text.toLowerCase(Locale.ROOT).replace("*", ""));
                }
            }
        }
        List<FlagEntity> out = new ArrayList<>();
        for (FlagEntity flag : flags) {
            if (activeOnly && !flag.active) {
                continue;
            }
            boolean matches = true;
            for (String w : words) {
                if (!flag.key.toLowerCase(Locale.ROOT).contains(w)) {
                    matches = false;
                    break;
                }
            }
            if (matches) {
                out.add(flag);
            }
        }
        return out;
    }
}
