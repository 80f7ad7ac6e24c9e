package io.flagpocket.app.ui;

import android.app.Application;

import androidx.annotation.NonNull;
import androidx.lifecycle.AndroidViewModel;
import androidx.lifecycle.LiveData;
import androidx.lifecycle.MutableLiveData;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.flagpocket.app.data.FlagDatabase;
import io.flagpocket.app.data.FlagDatabase.FlagEntity;
import io.flagpocket.app.data.SessionStore;
import io.flagpocket.app.net.ApiClient;
import io.flagpocket.app.net.FlagApi;
import retrofit2.Response;
import timber.log.Timber;

public class FlagListViewModel extends AndroidViewModel {

    private final FlagDatabase.FlagDao dao;
    private final SessionStore sessionStore;
    private final FlagApi api;
    private final ExecutorService io = Executors.newSingleThreadExecutor();
    private final MutableLiveData<Boolean> refreshing = new MutableLiveData<>(false);
    private final MutableLiveData<String> error = new MutableLiveData<>();

    public FlagListViewModel(@NonNull Application application) {
        super(application);
        this.dao = FlagDatabase.get(application).flagDao();
        this.sessionStore = new SessionStore(application);
        this.api = ApiClient.create(sessionStore);
    }

    public LiveData<List<FlagEntity>> flags() {
        return dao.observeAll();
    }

    public LiveData<Boolean> refreshing() {
        return refreshing;
    }

    public LiveData<String> error() {
        return error;
    }

    /** Loads the first page right away; the worker fetches the rest in the background. */
    public void refresh() {
        refreshing.setValue(true);
        io.execute(() -> {
            try {
                Response<FlagApi.FlagPage> response =
                        api.listFlags(sessionStore.getDistinctId(), null).execute();
                FlagApi.FlagPage page = response.body();
                if (!response.isSuccessful() || page == null) {
                    error.postValue("Relay answered " + response.code());
                    return;
                }
                Timber.d("Fetched %d flags, nextPageToken=%s", page.flags().size(), page.nextPageToken());
                List<FlagEntity> rows = new ArrayList<>();
                for (FlagApi.FlagDto dto : page.flags()) {
                    FlagEntity row = new FlagEntity();
                    row.key = dto.key();
                    row.enabled = dto.enabled();
                    row.variant = dto.variant();
                    row.updatedAt = dto.updatedAt();
                    rows.add(row);
                }
                dao.upsert(rows);
            } catch (Exception e) {
                Timber.e(e, "Refresh failed");
                error.postValue(e.getClass().getSimpleName());
            } finally {
                refreshing.postValue(false);
            }
        });
    }

    @Override
    protected void onCleared() {
        io.shutdownNow();
    }
}
