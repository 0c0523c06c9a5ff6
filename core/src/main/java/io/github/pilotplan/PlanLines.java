package io.github.pilotplan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.google.common.base.Preconditions;
import io.github.pilotplan.model.LineRole;
import io.github.pilotplan.model.SourceLine;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * A plan's line accounts ({@link Plan#lines()}) held as numbers: each line's number in an {@code
 * int} array and its role in a {@code byte} array, five bytes a line where a list of {@link
 * SourceLine}s takes 28 (the account and its slot), and a plan of a thousand pages has tens of
 * thousands of lines. An unmodifiable list whose elements are made when read ({@link
 * SourceLine#of}, which shares those of the first lines); equal, and hashing, as any list of the
 * same accounts. Jackson writes and reads it as that list. Immutable.
 */
final class PlanLines extends AbstractList<SourceLine> implements RandomAccess {

  private static final LineRole[] ROLES = LineRole.values();

  /** No lines. */
  static final PlanLines EMPTY = new PlanLines(new int[0], new byte[0]);

  private final int[] lines;
  private final byte[] roles;

  private PlanLines(int[] lines, byte[] roles) {
    this.lines = lines;
    this.roles = roles;
  }

  /** The accounts of {@code accounts}, in order. */
  static PlanLines of(List<SourceLine> accounts) {
    Preconditions.checkNotNull(accounts, "lines");
    if (accounts instanceof PlanLines) {
      return (PlanLines) accounts;
    }
    int n = accounts.size();
    if (n == 0) {
      return EMPTY;
    }
    int[] lines = new int[n];
    byte[] roles = new byte[n];
    for (int i = 0; i < n; i++) {
      SourceLine l = Preconditions.checkNotNull(accounts.get(i), "line %s", i);
      lines[i] = l.line();
      roles[i] = (byte) l.role().ordinal();
    }
    return new PlanLines(lines, roles);
  }

  /** The accounts Jackson read (a JSON array of {@code {"line": …, "role": …}}). */
  @Deprecated
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static PlanLines fromJson(List<SourceLine> accounts) {
    return of(accounts);
  }

  @Override
  public SourceLine get(int index) {
    Preconditions.checkElementIndex(index, lines.length);
    return SourceLine.of(lines[index], ROLES[roles[index]]);
  }

  @Override
  public int size() {
    return lines.length;
  }
}
