package com.acme.keys;

/** The parts in constants of one interface: neither is a key by itself. */
public interface Parts {
  String PREFIX = "phx_";
  String BODY = "pKU4vR8wCc2LNemq1ZTiRgJtC2rAhWx7YdQiVnK3bU9sFo";
}
