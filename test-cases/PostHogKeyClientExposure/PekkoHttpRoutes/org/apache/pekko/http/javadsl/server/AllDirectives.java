package org.apache.pekko.http.javadsl.server;

import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.pekko.http.javadsl.model.StatusCode;
import org.apache.pekko.http.javadsl.model.Uri;
import org.apache.pekko.http.javadsl.model.headers.HttpCookie;
import org.apache.pekko.http.javadsl.model.headers.RawHeader;

/** Pekko HTTP's directives, as far as the case needs them. */
public abstract class AllDirectives {
  public Route complete(String body) {
    return null;
  }

  public Route complete(StatusCode status, String body) {
    return null;
  }

  public <T> Route completeOK(T value, Object marshaller) {
    return null;
  }

  public <T> Route complete(StatusCode status, T value, Object marshaller) {
    return null;
  }

  public Route redirect(Uri uri, StatusCode status) {
    return null;
  }

  public Route respondWithHeader(RawHeader header, Supplier<Route> inner) {
    return null;
  }

  public Route respondWithDefaultHeader(RawHeader header, Supplier<Route> inner) {
    return null;
  }

  public Route setCookie(HttpCookie cookie, Supplier<Route> inner) {
    return null;
  }

  public <T> Route onSuccess(CompletionStage<T> future, Function<T, Route> inner) {
    return null;
  }

  public Route path(String segment, Supplier<Route> inner) {
    return null;
  }

  public Route concat(Route... routes) {
    return null;
  }
}
