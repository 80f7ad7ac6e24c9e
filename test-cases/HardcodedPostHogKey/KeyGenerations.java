/** One key of each generation and length PostHog has issued. */
public class KeyGenerations {
  // Generation 1, base62, 32 random bytes: bodies of 41 to 43 characters.
  static final String GEN1_41 = "phx_izRcEneZHbEyVsDncPGg36SmMTBBZJmhwPGBYa8kR"; // Noncompliant
  static final String GEN1_42 = "phx_aDS5asLKQ8iTcasNjosNQw1PDRhA8HQ6Ine7OBzVwI"; // Noncompliant
  static final String GEN1_43 = "phs_Ut8ew15JeprBYZcVxhLMlIsGUa1gmQiqjr78q0pjNtv"; // Noncompliant
  // Generation 2, base62, 35 random bytes: bodies of 45 to 48 characters.
  static final String GEN2_46 = "phx_DstTiFyAlP9B8aUrgK57gdRzH4EI57OFDnbTDyizMfdmAf"; // Noncompliant
  static final String GEN2_47 = "phx_bhtuxQxjf3EUsKwg4rdRfRjH1UFLFT1DYYQFqqPabc2OaXa"; // Noncompliant
  static final String GEN2_48 = "phx_8xcqxg11iJ33yQ63CnsI0KuHUUxD0myCXTaMte0mTOOY3oNm"; // Noncompliant
  // Generation 3, base57 without look-alike characters: bodies of 48 and 49.
  static final String GEN3_48 = "phx_XLpYC4YyGYddswGSg2ZPzF84qFni8LmNktNtWLMkoNhTNhaK"; // Noncompliant
  static final String GEN3_49 = "phx_oZ9R92PVoGnGxc6de7fBaUvFckGWrqajJ3ko9zXj4ov3999HQ"; // Noncompliant
  static final String SECRET_48 = "phs_cSpteMTKnj3Z4DH9XwWNfKbDgFZXiH5dP2KQcMLBCAFnBqGy"; // Noncompliant
  // OAuth tokens: bodies of 41 to 44.
  static final String ACCESS = "pha_VXJaLWcbK2EasQTgmD7KjAh6ZLZrVqcwUGz6n7AeWDXq"; // Noncompliant
  static final String REFRESH = "phr_MgRz4wAyMCiMAyrPWuUN4RJyxwYHEkiGZE6zv0u6Ta1"; // Noncompliant
}
