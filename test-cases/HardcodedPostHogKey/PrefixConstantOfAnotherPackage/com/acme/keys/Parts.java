package com.acme.keys;

/**
 * The parts in constants of one interface: the key another file joins from them is reported there,
 * where it is joined.
 */
public interface Parts {
  String PREFIX = "phx_";
  String BODY = "pKU4vR8wCc2LNemq1ZTiRgJtC2rAhWx7YdQiVnK3bU9sFo";
}
