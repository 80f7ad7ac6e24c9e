package retrofit2.http;

/** Retrofit's header parameter, as far as the case needs it. */
public @interface Header {
  String value();
}
