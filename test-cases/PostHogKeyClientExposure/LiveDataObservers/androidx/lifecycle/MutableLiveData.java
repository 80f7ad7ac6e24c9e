package androidx.lifecycle;

/** AndroidX's MutableLiveData, as far as the case needs it. */
public class MutableLiveData<T> extends LiveData<T> {
  public MutableLiveData() {}

  public MutableLiveData(T value) {}

  public void postValue(T value) {}

  public void setValue(T value) {}
}
