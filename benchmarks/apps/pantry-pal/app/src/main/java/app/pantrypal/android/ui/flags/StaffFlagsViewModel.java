package app.pantrypal.android.ui.flags;

import android.app.Application;
import android.util.Log;
import androidx.annotation.NonNull;
import androidx.lifecycle.AndroidViewModel;
import androidx.lifecycle.LiveData;
import androidx.lifecycle.MutableLiveData;
import app.pantrypal.android.data.StaffFlagsRepository;
import app.pantrypal.android.data.remote.ApiClientFactory;
import app.pantrypal.android.data.remote.PostHogFlagsApi;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class StaffFlagsViewModel extends AndroidViewModel {

  private static final String TAG = "StaffFlagsViewModel";

  private final MutableLiveData<List<PostHogFlagsApi.Flag>> flags = new MutableLiveData<>();
  private final MutableLiveData<String> error = new MutableLiveData<>();
  private final ExecutorService io = Executors.newSingleThreadExecutor();
  private final StaffFlagsRepository repository;

  public StaffFlagsViewModel(@NonNull Application application) {
    super(application);
    this.repository = new StaffFlagsRepository(ApiClientFactory.postHogFlagsApi());
  }

  public LiveData<List<PostHogFlagsApi.Flag>> flags() {
    return flags;
  }

  public LiveData<String> error() {
    return error;
  }

  public void refresh() {
    io.execute(() -> {
      try {
        List<PostHogFlagsApi.Flag> loaded = repository.loadFlags();
        Log.d(TAG, "Loaded " + loaded.size() + " flags");
        flags.postValue(loaded);
      } catch (IOException e) {
        Log.w(TAG, "Could not load flags: " + e.getClass().getSimpleName());
        error.postValue("Could not reach PostHog");
      }
    });
  }

  @Override
  protected void onCleared() {
    io.shutdownNow();
  }
}
