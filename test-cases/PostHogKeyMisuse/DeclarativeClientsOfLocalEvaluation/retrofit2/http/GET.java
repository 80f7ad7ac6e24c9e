package retrofit2.http;

/** Retrofit's GET request, as far as the case needs it. */
public @interface GET {
  String value() default "";
}
