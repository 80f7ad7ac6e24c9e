package retrofit2;

/** Retrofit's call, as far as the case needs it. */
public interface Call<T> {}
