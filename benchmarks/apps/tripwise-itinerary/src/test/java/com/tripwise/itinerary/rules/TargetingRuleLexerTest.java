package com.tripwise.itinerary.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TargetingRuleLexerTest {

  @Test
  void lexesComparisonAndList() {
    List<TargetingRuleLexer.Token> tokens = new TargetingRuleLexer("country == \"DE\" && tier in [\"gold\", \"platinum\"]").tokenize();
    assertEquals(TargetingRuleLexer.Kind.IDENT, tokens.get(0).kind());
    assertEquals("DE", tokens.get(2).text());
    assertEquals(TargetingRuleLexer.Kind.EOF, tokens.get(tokens.size() - 1).kind());
  }

  @Test
  void keyLikeStringsAreJustStrings() {
    // Ops sometimes paste a key while testing the panel; it must lex as a plain string.
    List<TargetingRuleLexer.Token> tokens = new TargetingRuleLexer("api_key == \"phx_example_not_a_real_key\"").tokenize();
    assertEquals("phx_example_not_a_real_key", tokens.get(2).text());
  }
}
