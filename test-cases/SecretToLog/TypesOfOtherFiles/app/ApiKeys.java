package app;

/** Request types of a protocol: an enum, not keys. */
public enum ApiKeys {
  PRODUCE,
  FETCH;
}
