package com.acme.keys;

/**
 * The parts in constants of one interface: the body another file appends to the prefix is reported
 * on its literal, where the secret text is written.
 */
public interface Parts {
  String PREFIX = "phx_";
  String BODY = "pKU4vR8wCc2LNemq1ZTiRgJtC2rAhWx7YdQiVnK3bU9sFo"; // Noncompliant
}
