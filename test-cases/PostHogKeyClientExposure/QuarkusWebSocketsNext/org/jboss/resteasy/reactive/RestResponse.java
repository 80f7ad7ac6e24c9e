package org.jboss.resteasy.reactive;

/** RESTEasy Reactive's typed response, as far as the case needs it. */
public abstract class RestResponse<T> {
  public static native <T> RestResponse<T> ok(T entity);

  public static native <T> RestResponse<T> status(jakarta.ws.rs.core.Response.Status status, T entity);

  public static native <T> RestResponse.ResponseBuilder<T> ok();

  /** Builds a response step by step. */
  public abstract static class ResponseBuilder<T> {
    public abstract ResponseBuilder<T> entity(T entity);

    public abstract ResponseBuilder<T> header(String name, Object value);

    public abstract RestResponse<T> build();
  }
}
