package androidx.datastore.rxjava3;

import io.reactivex.rxjava3.core.Flowable;

/** A stub of Jetpack DataStore's RxJava 3 store. */
public abstract class RxDataStore<T> {
  public abstract Flowable<T> data();
}
