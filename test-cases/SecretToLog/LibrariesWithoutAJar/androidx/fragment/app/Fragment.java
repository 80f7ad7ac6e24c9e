package androidx.fragment.app;

/** Stands in for AndroidX's Fragment, which ships as an Android AAR only. */
public class Fragment {
  public final String getString(int resId) {
    return "";
  }
}
