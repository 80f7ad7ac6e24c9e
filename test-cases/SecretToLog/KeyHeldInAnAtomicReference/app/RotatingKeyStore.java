package app;

import java.util.concurrent.atomic.AtomicReference;

/** Holds the key in use, replaced when it is rolled: what the reference holds is the key. */
public class RotatingKeyStore {
  private final AtomicReference<String> current =
      new AtomicReference<>(System.getenv("POSTHOG_PERSONAL_API_KEY"));
  private final AtomicReference<String> region = new AtomicReference<>("eu");
  private final AtomicReference<String> rolled = new AtomicReference<>();

  public String current() {
    return current.get();
  }

  public String region() {
    return region.get();
  }

  public void roll(String next) {
    rolled.set(System.getenv("POSTHOG_PERSONAL_API_KEY_NEXT"));
    current.set(next);
  }

  public String rolled() {
    return rolled.get();
  }
}
