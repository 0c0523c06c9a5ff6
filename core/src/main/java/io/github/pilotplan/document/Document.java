package io.github.pilotplan.document;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import org.immutables.value.Value;

/**
 * A document as blocks: paragraph lines and tables, in reading order.
 *
 * <pre>{@code
 * Document doc = Document.of(Paragraph.of("附件2"), Paragraph.of("重点任务分工表"), table);
 * Plan plan = PlanLoader.standard().load(doc);
 * }</pre>
 */
@Value.Immutable
public abstract class Document {

  Document() {}

  /** The blocks, in reading order. */
  @Value.Parameter
  public abstract ImmutableList<Block> blocks();

  /** A document of these blocks. */
  public static Document of(List<? extends Block> blocks) {
    Preconditions.checkNotNull(blocks, "blocks");
    return ImmutableDocument.builder().addAllBlocks(blocks).build();
  }

  /** A document of these blocks. */
  public static Document of(Block... blocks) {
    return of(Arrays.asList(blocks));
  }

  /** The number of tables. */
  public final long tableCount() {
    return blocks().stream().filter(b -> b instanceof Table).count();
  }

  @Override
  public final String toString() {
    return "Document[" + blocks().size() + " blocks, " + tableCount() + " tables]";
  }
}
