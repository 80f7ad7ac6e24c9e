package io.github.posthogguard.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogguard.keys.PostHogKeyType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FactTest {
  private static final Secret PASSWORD = new Secret(null, Secret.Provenance.NAME, "password", null);
  private static final Secret PERSONAL_KEY =
      new Secret(PostHogKeyType.PERSONAL_API_KEY, Secret.Provenance.CONFIG, "posthog.key", null);
  private static final Secret SECRET_KEY_BY_NAME =
      new Secret(PostHogKeyType.PROJECT_SECRET_KEY, Secret.Provenance.NAME, "secretKey", null);

  private static List<Fact> mixed() {
    List<Fact> facts = new ArrayList<>();
    facts.add(Fact.NONE);
    facts.add(Fact.of(PASSWORD));
    facts.add(Fact.of(PERSONAL_KEY));
    facts.add(Fact.named(java.util.Optional.of(SECRET_KEY_BY_NAME), Ref.field("a.Settings", "k")));
    IntStream.range(0, 12)
        .mapToObj(i -> Fact.of(Ref.result("a.Holder" + i % 5, "key", 0)))
        .forEach(facts::add);
    facts.add(new Fact(PASSWORD, List.of(Ref.field("a.Form", "password"))));
    return facts;
  }

  @Test
  void orAllIsTheFoldOfOrInAnyOrder() {
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      List<Fact> facts = mixed();
      Collections.shuffle(facts, random);
      List<Fact> some = facts.subList(0, 1 + random.nextInt(facts.size()));
      Fact folded = some.stream().reduce(Fact.NONE, Fact::or);
      assertThat(Fact.orAll(some)).isEqualTo(folded);
    }
  }

  @Test
  void orAllOfNothingIsNone() {
    assertThat(Fact.orAll(List.of())).isEqualTo(Fact.NONE);
    assertThat(Fact.orAll(List.of(Fact.NONE, Fact.NONE, Fact.NONE))).isEqualTo(Fact.NONE);
  }
}
