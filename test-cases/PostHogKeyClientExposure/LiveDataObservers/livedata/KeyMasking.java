package livedata;

/** Shows the first four characters of a key. */
final class KeyMasking {
  private KeyMasking() {}

  static String mask(String key) {
    return key == null || key.length() < 8 ? "****" : key.substring(0, 4) + "****";
  }
}
