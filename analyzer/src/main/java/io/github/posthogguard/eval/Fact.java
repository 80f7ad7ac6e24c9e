package io.github.posthogguard.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the analysis knows of a value: a secret it holds, and values of other files it may hold
 * (references, resolved against the project's summaries). {@link #NONE} for a value known to hold
 * no secret or of unknown origin.
 */
public record Fact(Secret secret, List<Ref> refs) {
  public static final Fact NONE = new Fact(null, List.of());

  public Fact {
    refs = List.copyOf(refs);
  }

  public static Fact of(Secret secret) {
    return new Fact(secret, List.of());
  }

  public static Fact of(Ref ref) {
    return new Fact(null, List.of(ref));
  }

  public static Fact of(Optional<Secret> secret) {
    return secret.map(Fact::of).orElse(NONE);
  }

  public boolean isNone() {
    return secret == null && refs.isEmpty();
  }

  public Optional<Secret> secretHere() {
    return Optional.ofNullable(secret);
  }

  /** Either value: the first known secret, and every reference of both. */
  public Fact or(Fact other) {
    if (other.isNone()) {
      return this;
    }
    if (isNone()) {
      return other;
    }
    if (secret != null && other.refs.isEmpty()) {
      return this;
    }
    List<Ref> all = new ArrayList<>(refs);
    for (Ref ref : other.refs) {
      if (!all.contains(ref)) {
        all.add(ref);
      }
    }
    return new Fact(secret != null ? secret : other.secret, all);
  }
}
