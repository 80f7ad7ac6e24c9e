package livedata;

import android.content.Context;
import androidx.lifecycle.LiveData;
import androidx.lifecycle.MutableLiveData;

/** Syncs the flags with the secure key the APK holds, and posts a summary built with it. */
public class FlagRepository {
  private static final String FLAGS_SECURE_KEY = System.getProperty("posthog.feature.flags.secure.api.key"); // Noncompliant
  private final MutableLiveData<FlagSummary> summary = new MutableLiveData<>();
  private final MutableLiveData<Integer> activeCount = new MutableLiveData<>();
  private final MutableLiveData<String> evaluationKey = new MutableLiveData<>();
  private final MutableLiveData<String> keyHint = new MutableLiveData<>(KeyMasking.mask(FLAGS_SECURE_KEY));
  private final MutableLiveData<String> startingKey = new MutableLiveData<>(FLAGS_SECURE_KEY);

  FlagRepository(Context context) {}

  public LiveData<FlagSummary> summary() {
    return summary;
  }

  public LiveData<Integer> activeCount() {
    return activeCount;
  }

  public LiveData<String> evaluationKey() {
    return evaluationKey;
  }

  public LiveData<String> keyHint() {
    return keyHint;
  }

  public LiveData<String> startingKey() {
    return startingKey;
  }

  void announced(android.widget.TextView label) {
    // a helper of the app's own (a static method of another file) hands the key on inside the app
    label.setText("key " + KeyMasking.mask(FLAGS_SECURE_KEY));
  }

  void synced(int active) {
    // the app's own state: the key is reported where it enters the app and where it is shown
    summary.postValue(new FlagSummary(active, FLAGS_SECURE_KEY));
    activeCount.postValue(active);
    evaluationKey.setValue(FLAGS_SECURE_KEY);
  }
}
