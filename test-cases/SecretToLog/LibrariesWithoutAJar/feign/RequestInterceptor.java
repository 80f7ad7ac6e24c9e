package feign;

/** Feign's request interceptor, as far as the case needs it. */
public interface RequestInterceptor {
  void apply(RequestTemplate template);
}
