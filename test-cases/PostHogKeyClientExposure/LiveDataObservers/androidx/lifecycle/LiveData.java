package androidx.lifecycle;

/** AndroidX's LiveData, as far as the case needs it. */
public abstract class LiveData<T> {
  public interface Observer<T> {
    void onChanged(T value);
  }

  public void observe(Object owner, Observer<? super T> observer) {}

  public void observeForever(Observer<? super T> observer) {}
}
