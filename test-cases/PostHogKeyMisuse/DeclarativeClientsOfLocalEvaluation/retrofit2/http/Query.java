package retrofit2.http;

/** Retrofit's query parameter, as far as the case needs it. */
public @interface Query {
  String value();
}
