package io.github.pilotplan.document;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import org.immutables.value.Value;

/**
 * A table of a document: rows of cells, merged cells given by their spans.
 *
 * <pre>{@code
 * Table t = Table.of(
 *     Row.of("序号", "工作事项", "牵头单位"),
 *     Row.of(List.of(Cell.of("1", 2, 1), Cell.of("有序扩大家庭医生来源"), Cell.of("市卫生健康委"))),
 *     Row.of("现阶段家庭医生包括…", "各区政府"));   // still task 1: its 序号 spans two rows
 * }</pre>
 */
@Value.Immutable
public abstract class Table implements Block {

  Table() {}

  /** The rows, top to bottom. */
  @Value.Parameter
  public abstract ImmutableList<Row> rows();

  /** A table of these rows. */
  public static Table of(List<Row> rows) {
    Preconditions.checkNotNull(rows, "rows");
    return ImmutableTable.builder().addAllRows(rows).build();
  }

  /** A table of these rows. */
  public static Table of(Row... rows) {
    return of(Arrays.asList(rows));
  }

  @Override
  public final String toString() {
    return "Table" + rows();
  }
}
