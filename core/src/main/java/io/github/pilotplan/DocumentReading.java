package io.github.pilotplan;

import com.google.common.base.Preconditions;
import io.github.pilotplan.internal.table.ColumnKind;
import io.github.pilotplan.internal.table.TaskTableReader;
import io.github.pilotplan.internal.text.TextDecoding;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a reader of another file format (HTML, Word, PDF) needs from the loader to build a {@link
 * io.github.pilotplan.document.Document} the way {@link PlanLoader} will read it: the text of
 * plain bytes, and which row of words is a task table's header.
 *
 * <pre>{@code
 * String text = DocumentReading.decode(Files.readAllBytes(path));   // UTF-8, UTF-16 or GB18030
 * DocumentReading.isTaskTableHeader(List.of("序号", "工作事项", "牵头单位", "配合单位"));   // true
 * DocumentReading.numberColumn(List.of("序号", "工作事项", "牵头单位"));                     // OptionalInt[0]
 * }</pre>
 */
public final class DocumentReading {

  private DocumentReading() {}

  /**
   * The text of a plan's bytes, as {@link PlanLoader#load(java.io.InputStream)} decodes them:
   * UTF-8 (a leading byte-order mark dropped), UTF-16 with a byte-order mark or plainly so, else
   * GB18030.
   *
   * @throws UndecodableInputException if the bytes are none of these, with the offset of the
   *     first byte that could not be read
   */
  public static String decode(byte[] bytes) throws UndecodableInputException {
    return TextDecoding.decode(bytes);
  }

  /**
   * Whether a row of cell texts is a task table's header as the loader reads one: at least two
   * cells name a column (序号, 工作事项, 牵头单位, 配合单位, 完成时限 …), at least half the filled
   * cells do, one names units and one the task.
   */
  public static boolean isTaskTableHeader(List<String> cells) {
    Preconditions.checkNotNull(cells, "cells");
    return TaskTableReader.isHeader(cells);
  }

  /** The index of the header cell that names the row number (序号, 编号 …), if one does. */
  public static OptionalInt numberColumn(List<String> header) {
    Preconditions.checkNotNull(header, "header");
    for (int c = 0; c < header.size(); c++) {
      if (ColumnKind.of(header.get(c)).equals(Optional.of(ColumnKind.NUMBER))) {
        return OptionalInt.of(c);
      }
    }
    return OptionalInt.empty();
  }
}
