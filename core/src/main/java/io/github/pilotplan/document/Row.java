package io.github.pilotplan.document;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import org.immutables.value.Value;

/**
 * A row of a {@link Table}: the cells that start in it, left to right (cells that a cell of an
 * earlier row covers with its row span are not repeated).
 *
 * <pre>{@code
 * Row.of("序号", "工作事项", "牵头单位").cells().size();   // 3
 * }</pre>
 */
@Value.Immutable
public abstract class Row {

  Row() {}

  /** The cells that start in this row. */
  @Value.Parameter
  public abstract ImmutableList<Cell> cells();

  /** A row of cells. */
  public static Row of(List<Cell> cells) {
    Preconditions.checkNotNull(cells, "cells");
    return ImmutableRow.builder().addAllCells(cells).build();
  }

  /** A row of one-by-one cells with these texts. */
  public static Row of(String... texts) {
    Preconditions.checkNotNull(texts, "texts");
    return of(Arrays.stream(texts).map(Cell::of).collect(ImmutableList.toImmutableList()));
  }

  @Override
  public final String toString() {
    return cells().toString();
  }
}
