import io.reactivex.rxjava3.core.Flowable;
import io.reactivex.rxjava3.core.Maybe;
import io.reactivex.rxjava3.core.Observable;
import io.reactivex.rxjava3.core.Single;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What an RxJava or Reactor publisher emits reaches its callbacks: a value its steps map to, of
 * the type the mapping lambda returns.
 */
public class ReactiveStreamCallbacks {
  private static final Logger log = LoggerFactory.getLogger(ReactiveStreamCallbacks.class);

  static final class UserSession {
    private final String userId;
    private final String accessToken;

    UserSession(String userId, String accessToken) {
      this.userId = userId;
      this.accessToken = accessToken;
    }

    @Override
    public String toString() {
      return "UserSession{userId=" + userId + ", accessToken=" + accessToken + "}";
    }
  }

  static final class Profile {
    private final String name;

    Profile(String name) {
      this.name = name;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  Maybe<UserSession> restore(Maybe<String> userIds) {
    return userIds
        .map(id -> new UserSession(id, "stored"))
        .doOnSuccess(session -> log.info("restored {}", session)); // Noncompliant
  }

  void streams(Observable<String> users, Flowable<String> names, Single<String> ids) {
    users
        .map(u -> new UserSession(u, "t"))
        .firstElement()
        .doOnSuccess(s -> log.debug("first {}", s)); // Noncompliant
    names.map(n -> new Profile(n)).filter(p -> p != null).subscribe(p -> log.debug("{}", p));
    names.map(n -> new UserSession(n, "t")).firstElement().subscribe(s -> log.debug("{}", s)); // Noncompliant
    ids.map(id -> {
          return new Profile(id);
        })
        .doOnError(e -> log.warn("no profile", e))
        .subscribe(p -> log.debug("profile {}", p));
  }

  void values(String password, String apiToken) {
    Maybe.just(password).map(p -> p.trim()).subscribe(p -> log.debug("{}", p)); // Noncompliant
    Single.just(apiToken).doOnError(e -> log.warn("failed", e)).subscribe(t -> log.debug(t)); // Noncompliant
    Single.just(apiToken).flatMap(t -> Single.just(t.length())).subscribe(n -> log.debug("{}", n));
  }

  void sources(String clientSecret, String privateKey, String refreshToken, String accessKey) {
    Observable.just(clientSecret).subscribe(s -> log.debug("{}", s)); // Noncompliant
    Flowable.just(privateKey).subscribe(k -> log.debug("{}", k)); // Noncompliant
    Single.fromCallable(() -> refreshToken).subscribe(t -> log.debug("{}", t)); // Noncompliant
    Maybe.fromCallable(() -> accessKey).subscribe(k -> log.debug("{}", k)); // Noncompliant
    Observable.fromCallable(() -> new Profile("a")).subscribe(p -> log.debug("{}", p));
    Flowable.fromSupplier(() -> new UserSession("u", "t")).subscribe(s -> log.debug("{}", s)); // Noncompliant
  }

  void reactor(String passphrase, String bearerToken) {
    Mono.just(passphrase).doOnNext(p -> log.debug("mono {}", p)).subscribe(); // Noncompliant
    Flux.just(bearerToken).subscribe(t -> log.debug("flux {}", t)); // Noncompliant
  }
}
