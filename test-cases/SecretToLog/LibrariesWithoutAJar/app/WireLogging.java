package app;

import feign.Feign;
import feign.Logger;
import okhttp3.OkHttpClient;
import okhttp3.logging.HttpLoggingInterceptor;

/** An HTTP client whose logging shows every request header: the Authorization one too. */
public class WireLogging {
  OkHttpClient verbose() {
    HttpLoggingInterceptor wire = new HttpLoggingInterceptor();
    wire.setLevel(HttpLoggingInterceptor.Level.HEADERS); // Noncompliant
    wire.redactHeader("Cookie");
    return new OkHttpClient.Builder().addInterceptor(wire).build();
  }

  OkHttpClient chained() {
    return new OkHttpClient.Builder()
        .addInterceptor(new HttpLoggingInterceptor().setLevel(HttpLoggingInterceptor.Level.BODY)) // Noncompliant
        .build();
  }

  OkHttpClient redacted() {
    HttpLoggingInterceptor wire = new HttpLoggingInterceptor();
    wire.setLevel(HttpLoggingInterceptor.Level.HEADERS);
    wire.redactHeader("Authorization");
    return new OkHttpClient.Builder().addInterceptor(wire).build();
  }

  OkHttpClient basic() {
    HttpLoggingInterceptor wire = new HttpLoggingInterceptor();
    wire.setLevel(HttpLoggingInterceptor.Level.BASIC);
    return new OkHttpClient.Builder().addInterceptor(wire).build();
  }

  Feign.Builder feign() {
    Feign.builder().logLevel(Logger.Level.BASIC);
    Feign.builder().decoder(null).logLevel(Logger.Level.HEADERS); // Noncompliant
    return Feign.builder().logLevel(Logger.Level.FULL); // Noncompliant
  }

  /** Spring Cloud OpenFeign sets every client's logger from such a bean. */
  Logger.Level feignLoggerLevel() {
    return Logger.Level.FULL; // Noncompliant
  }

  Logger.Level quietFeignLoggerLevel() {
    return Logger.Level.BASIC;
  }
}
