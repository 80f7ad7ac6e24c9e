package fluent;

/** A digest of a key: no key. */
public class Fingerprints {
  public String of(String key) {
    return Integer.toHexString(key.hashCode());
  }
}
