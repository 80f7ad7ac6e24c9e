package io.github.posthogguard.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PointcutsTest {
  @Test
  void picksTheTypesAndNamesOfEachAlternative() {
    assertThat(
            Pointcuts.picked(
                "execution(public * com.acme.service..*(..)) || (within(com.acme.web.*))"
                    + " || execution(* com.acme.Client.get*(String, ..))"))
        .containsExactly(
            new Pointcuts.Picked("com.acme.service..*", "*"),
            new Pointcuts.Picked("com.acme.web.*", "*"),
            new Pointcuts.Picked("com.acme.Client", "get*"));
  }

  @Test
  void leavesOutWhatANarrowingOrAnyTypePicks() {
    assertThat(Pointcuts.picked("execution(* com.acme..*(..)) && @annotation(com.acme.Logged)"))
        .isEmpty();
    assertThat(Pointcuts.picked("!within(com.acme.web..*)")).isEmpty();
    assertThat(Pointcuts.picked("execution(* *(..))")).isEmpty();
    assertThat(Pointcuts.picked("execution(* com.acme..*(..)")).isEmpty();
  }

  @Test
  void matchesTypePatternsAsAspectJDoes() {
    assertThat(Pointcuts.typeMatches("com.acme.service..*", "com.acme.service.a.b.Sync")).isTrue();
    assertThat(Pointcuts.typeMatches("com.acme.service..*", "com.acme.services.Sync")).isFalse();
    assertThat(Pointcuts.typeMatches("com.acme.web.*", "com.acme.web.admin.Page")).isFalse();
    assertThat(Pointcuts.typeMatches("*..service.*Service", "com.acme.service.FlagService"))
        .isTrue();
    assertThat(Pointcuts.typeMatches("com.acme.Client+", "com.acme.Client")).isTrue();
    assertThat(Pointcuts.nameMatches("get*", "getKey")).isTrue();
    assertThat(Pointcuts.nameMatches("get*", "setKey")).isFalse();
  }
}
