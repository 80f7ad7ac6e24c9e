package once;

/** A test's objects are no application's: they do not count as another creation. */
class UpstreamFixture {
  static Upstream local() {
    return new Upstream("http://localhost:8000", "not-a-key", "phc_test");
  }
}
