package io.github.posthogguard.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What the analysis knows of a value: a secret it holds, and values of other files it may hold
 * (references, resolved against the project's summaries). {@link #NONE} for a value known to hold
 * no secret or of unknown origin.
 *
 * @param secret the secret the file itself shows, or null
 * @param refs values of other files the value may be
 * @param named when {@code secret} is known only by the name of a member of another file (a getter
 *     {@code apiKey()}, a field {@code obj.password}), that member: what the project knows of it
 *     decides (an {@code apiKey()} that returns a {@code short} holds no secret); else null
 */
public record Fact(Secret secret, List<Ref> refs, Ref named) {
  public static final Fact NONE = new Fact(null, List.of(), null);

  /** Up to this many references, a list is searched; above, a set is built. */
  private static final int SMALL = 8;

  public Fact {
    refs = List.copyOf(refs);
  }

  public Fact(Secret secret, List<Ref> refs) {
    this(secret, refs, null);
  }

  public static Fact of(Secret secret) {
    return new Fact(secret, List.of(), null);
  }

  public static Fact of(Ref ref) {
    return new Fact(null, List.of(ref), null);
  }

  public static Fact of(Optional<Secret> secret) {
    return secret.map(Fact::of).orElse(NONE);
  }

  /** A secret known by the name of another file's member, which the project may refute. */
  public static Fact named(Optional<Secret> secret, Ref member) {
    return secret.map(s -> new Fact(s, List.of(member), member)).orElse(of(member));
  }

  public boolean isNone() {
    return secret == null && refs.isEmpty();
  }

  public Optional<Secret> secretHere() {
    return Optional.ofNullable(secret);
  }

  /** The same fact without the references {@code dropped} accepts. */
  public Fact without(Predicate<Ref> dropped) {
    if (refs.stream().noneMatch(dropped)) {
      return this;
    }
    return new Fact(secret, refs.stream().filter(dropped.negate()).toList(), named);
  }

  private static boolean isSecretKey(Secret secret) {
    return secret.keyType() != null && secret.keyType().isSecret();
  }

  /** Either value: the first known secret, and every reference of both. */
  public Fact or(Fact other) {
    if (other.isNone()) {
      return this;
    }
    if (isNone()) {
      return other;
    }
    // A secret the file shows beats one another file's member may refute; any secret beats a key
    // a config file writes as the project key (reported there); a PostHog secret key beats another
    // secret known as well (a record of both, serialized, shows the key to every rule), but a name
    // does not beat where a value comes from (a password field's text named newPersonalApiKey).
    boolean takeOther = prefersOther(secret, named, other);
    if (!takeOther && other.refs.isEmpty()) {
      return this;
    }
    List<Ref> all;
    if (refs.size() + other.refs.size() <= SMALL) {
      all = new ArrayList<>(refs);
      for (Ref ref : other.refs) {
        if (!all.contains(ref)) {
          all.add(ref);
        }
      }
    } else {
      Set<Ref> union = new LinkedHashSet<>(refs);
      union.addAll(other.refs);
      all = new ArrayList<>(union);
    }
    if (!takeOther && all.size() == refs.size()) {
      return this; // nothing new: keep the same fact, and its list
    }
    return takeOther ? new Fact(other.secret, all, other.named) : new Fact(secret, all, named);
  }

  private static boolean prefersOther(Secret secret, Ref named, Fact other) {
    return secret == null
        || named != null && other.secret != null && other.named == null
        || secret.isWrittenAsTheProjectKey()
            && other.secret != null
            && !other.secret.isWrittenAsTheProjectKey()
        || !isSecretKey(secret)
            && other.secret != null
            && isSecretKey(other.secret)
            && (other.secret.provenance() != Secret.Provenance.NAME
                || secret.provenance() == Secret.Provenance.NAME)
            && (named != null || other.named == null);
  }

  /**
   * The facts {@link #or}ed in their order, in time linear in their references (folding {@code or}
   * copies the references gathered so far at each step).
   */
  public static Fact orAll(List<Fact> facts) {
    if (facts.size() <= 2) {
      return facts.stream().reduce(NONE, Fact::or);
    }
    Secret secret = null;
    Ref named = null;
    Set<Ref> refs = new LinkedHashSet<>();
    for (Fact fact : facts) {
      if (fact.isNone()) {
        continue;
      }
      if (secret == null && refs.isEmpty() || prefersOther(secret, named, fact)) {
        secret = fact.secret;
        named = fact.named;
      }
      refs.addAll(fact.refs);
    }
    return new Fact(secret, new ArrayList<>(refs), named);
  }
}
