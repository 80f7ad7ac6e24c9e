package com.acme.web;

import com.acme.keys.Parts;

/** Only the names of the parts: alone, nothing in this text asks to be parsed. */
public class Client {
  static final String KEY = Parts.PREFIX + Parts.BODY; // Noncompliant
  static final String LABEL = Parts.PREFIX + "admin";

  String key() {
    return KEY;
  }
}
