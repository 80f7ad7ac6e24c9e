package io.github.posthogguard.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Which arguments of a call a row speaks of: {@code 0}, {@code 2|4}, {@code 1..} (that one and
 * every later one), {@code receiver}, combinations such as {@code receiver|0..}, or {@code none}.
 */
public final class Arguments {
  private static final Arguments NONE = new Arguments(false, new int[0], Integer.MAX_VALUE);

  private final boolean receiver;
  private final int[] single;
  private final int from;

  private Arguments(boolean receiver, int[] single, int from) {
    this.receiver = receiver;
    this.single = single;
    this.from = from;
  }

  public static Arguments parse(String spec, String where) {
    if (spec == null || spec.isBlank() || spec.equals("none")) {
      return NONE;
    }
    boolean receiver = false;
    List<Integer> single = new ArrayList<>();
    int from = Integer.MAX_VALUE;
    for (String part : spec.split("\\|")) {
      String p = part.strip();
      try {
        if (p.equals("receiver")) {
          receiver = true;
        } else if (p.endsWith("..")) {
          from = Math.min(from, Integer.parseInt(p.substring(0, p.length() - 2)));
        } else {
          single.add(Integer.parseInt(p));
        }
      } catch (NumberFormatException e) {
        throw new ModelException(
            where + ": '" + spec + "' names no arguments (write 0, 1.., 2|4, receiver or none)", e);
      }
    }
    return new Arguments(receiver, single.stream().mapToInt(Integer::intValue).toArray(), from);
  }

  public boolean includesReceiver() {
    return receiver;
  }

  public boolean includes(int index) {
    if (index >= from) {
      return true;
    }
    for (int i : single) {
      if (i == index) {
        return true;
      }
    }
    return false;
  }

  /** The indexes of {@code arity} arguments this selects, in order. */
  public List<Integer> of(int arity) {
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < arity; i++) {
      if (includes(i)) {
        indexes.add(i);
      }
    }
    return indexes;
  }

  public boolean isEmpty() {
    return !receiver && single.length == 0 && from == Integer.MAX_VALUE;
  }
}
